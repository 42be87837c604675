using CommunityBot.Core.Communities;
using CommunityBot.Core.Engagement;
using CommunityBot.Telegram.Tests.Harness;
using CommunityBot.Telegram.Tests.StandIn;
using Microsoft.Extensions.DependencyInjection;
using static CommunityBot.Telegram.Tests.Fixtures.TelegramUpdates;

namespace CommunityBot.Telegram.Tests;

/// <summary>The foundation's own commands, driven from a Telegram group through the stand-in.</summary>
public sealed class TelegramEndToEndTests
{
    private const string Community = "-1001234567890";
    private const string HostileName = "*_[]()~>#+-=|{}.! <i>&";

    [Fact]
    public async Task Group_MembersChatAndReact_ProfileAndLeaderboardAnswerFromCapturedActivity()
    {
        await using var api = await BotApiStandIn.StartAsync();
        using var store = new StoreProbe();
        await using var host = await TelegramTestHost.StartAsync(api, store);
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();

        api.PushUpdate(Text(1, 10, "how do I deploy with docker?", date: now - 600));
        api.PushUpdate(Text(2, 11, "use docker compose, it is simpler", from: BobId, fromName: "Bob", date: now - 500,
            extra: $$""","reply_to_message":{"message_id":10,"chat":{{Fixtures.TelegramUpdates.Group()}},"date":{{now - 600}},"text":"how do I deploy with docker?"}"""));
        api.PushUpdate(Reaction(3, 10, "", "👍", date: now - 400));
        for (var i = 0; i < 11; i++)
        {
            api.PushUpdate(Text(10 + i, 100 + i, $"hello everyone, member {i} here", from: 700 + i,
                fromName: i == 0 ? HostileName : $"Member {i}", date: now - 300 + i));
        }
        await store.WaitUntilAsync(e => e.Count == 14);
        await host.Services.GetRequiredService<EngagementScorer>().ScoreCommunityAsync(Community, CancellationToken.None);

        api.PushUpdate(Command(30, 200, "/profile@CommunityTestBot"));
        var profile = Visible(await PrivatelyTo(api, AliceId)); // a member's profile is their own business
        Assert.StartsWith("Profile · Course community\nAlice — level", profile, StringComparison.Ordinal);
        Assert.Contains("1 replies, 1 reactions and 0 thanks received", profile, StringComparison.Ordinal);

        api.PushUpdate(Command(31, 201, "/leaderboard all", from: BobId, fromName: "Bob"));
        var board = await ReplyTo(api, 201);
        var first = Visible(board);
        Assert.StartsWith("Leaderboard — all time\n#1 Alice", first, StringComparison.Ordinal); // the title once, as the heading
        Assert.Equal(2, first.Split("Leaderboard — all time").Length);
        Assert.Contains("Page 1/2 · 13 members", first, StringComparison.Ordinal);
        var next = board.Json("reply_markup")!["inline_keyboard"]![0]![0]!;
        Assert.Equal("lb:all:2", (string)next["callback_data"]!);

        api.PushUpdate(Callback(32, "page-2", 1002, "lb:all:2", from: BobId));
        var second = Visible(await api.WaitForCallAsync("editMessageText"));
        await api.WaitForCallAsync("answerCallbackQuery", c => c.Text("callback_query_id") == "page-2");
        Assert.Contains("Page 2/2 · 13 members", second, StringComparison.Ordinal);
        Assert.Contains(HostileName, first + second, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Roles_MemberModeratorAdmin_EachGetsTheirCommandsAndOnlyThose()
    {
        await using var api = await BotApiStandIn.StartAsync();
        api.AddAdministrator(GroupId, AdminId, "Ada");
        using var store = new StoreProbe();
        await using var host = await TelegramTestHost.StartAsync(api, store,
            s => s["Telegram:Moderators:0"] = BobId.ToString(System.Globalization.CultureInfo.InvariantCulture));

        api.PushUpdate(Command(1, 300, "/weights set alpha=0.9"));
        api.PushUpdate(Command(2, 301, "/stats", from: BobId, fromName: "Bob"));
        api.PushUpdate(Command(3, 302, "/weights set alpha=0.9", from: BobId, fromName: "Bob"));
        api.PushUpdate(Command(4, 303, "/weights set alpha=0.9 beta=0.05 gamma=0.05", from: AdminId, fromName: "Ada"));

        var member = Visible(await PrivatelyTo(api, AliceId)); // refusals go to the one refused
        var moderator = Visible(await ReplyTo(api, 301));
        var moderatorRefused = Visible(await PrivatelyTo(api, BobId));
        var admin = Visible(await ReplyTo(api, 303));
        Assert.Contains("/weights is for admins only", member, StringComparison.Ordinal);
        Assert.StartsWith("Community stats\nCommunity activity I =", moderator, StringComparison.Ordinal);
        Assert.Contains("/weights is for admins only", moderatorRefused, StringComparison.Ordinal);
        Assert.Contains("Weights saved", admin, StringComparison.Ordinal);
        var saved = await host.Services.GetRequiredService<ISettingsStore>().GetAsync(Community, CancellationToken.None);
        Assert.Equal(0.9, saved.Weights.Alpha);
    }

    [Fact]
    public async Task Config_AdminAddsModeratorInTheGroup_MemberGetsModeratorCommands()
    {
        await using var api = await BotApiStandIn.StartAsync();
        api.AddAdministrator(GroupId, AdminId, "Ada", creator: true);
        using var store = new StoreProbe();
        await using var host = await TelegramTestHost.StartAsync(api, store);

        api.PushUpdate(Command(1, 400, "/stats", from: BobId, fromName: "Bob"));
        var before = Visible(await PrivatelyTo(api, BobId));
        api.PushUpdate(Command(2, 401, $"/config add_moderator {BobId}", from: AdminId, fromName: "Ada"));
        await ReplyTo(api, 401);
        api.PushUpdate(Command(3, 402, "/stats", from: BobId, fromName: "Bob"));
        var after = Visible(await ReplyTo(api, 402));

        Assert.Contains("/stats is for moderators only", before, StringComparison.Ordinal);
        Assert.StartsWith("Community stats", after, StringComparison.Ordinal);
    }

    private static Task<ApiCall> PrivatelyTo(BotApiStandIn api, long user) =>
        api.WaitForCallAsync("sendMessage", c => c.Long("chat_id") == user);

    private static Task<ApiCall> ReplyTo(BotApiStandIn api, long messageId) =>
        api.WaitForCallAsync("sendMessage", c => c.Json("reply_parameters")?["message_id"]?.GetValue<long>() == messageId);

    private static string Visible(ApiCall call) =>
        TelegramHtmlChecker.VisibleText(call.Text("text")!, out var error) ?? throw new InvalidOperationException(error);
}
