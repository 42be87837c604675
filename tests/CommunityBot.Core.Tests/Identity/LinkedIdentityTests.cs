using System.Text.Json;
using CommunityBot.Core.Activity;
using CommunityBot.Core.Commands;
using CommunityBot.Core.Engagement;
using CommunityBot.Core.Ingest;
using CommunityBot.Core.Members;
using CommunityBot.Core.Platform;
using CommunityBot.Core.Tests.Recommendations.Fakes;
using CommunityBot.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityBot.Core.Tests.Identity;

/// <summary>
/// A Discord server g1 and a Telegram group -100 joined into one community, on the real core and a LiteDB file:
/// Ann writes on both platforms, Bob only on Discord.
/// </summary>
public sealed class LinkedIdentityTests : IAsyncLifetime
{
    private const string Group = "-100";
    private static readonly DateTimeOffset Now = new(2026, 11, 2, 12, 0, 0, TimeSpan.Zero);
    private readonly RecordingChatPlatform _telegram = new("telegram");
    private StoreFixture _store = null!;

    public async Task InitializeAsync()
    {
        _store = await new StoreFixture(Now, s => s.AddSingleton<IChatPlatform>(_telegram)).StartAsync();
        await JoinGroupAsync();
    }

    public async Task DisposeAsync() => await _store.DisposeAsync();

    private Task<Reply> AskAsync(string platform, string group, string user, string text, MemberRole role = MemberRole.Member) =>
        _store.Get<CommandDispatcher>().DispatchAsync(new CommandRequest(platform, group, "general", user, "Name of " + user, role, text), CancellationToken.None);

    private Task<Reply> OnDiscordAsync(string user, string text, MemberRole role = MemberRole.Member) => AskAsync("discord", "g1", user, text, role);

    private Task<Reply> OnTelegramAsync(string user, string text, MemberRole role = MemberRole.Member) => AskAsync("telegram", Group, user, text, role);

    private static string CodeOf(Reply reply) => ((JsonElement)JsonSerializer.SerializeToElement(reply.Data)).GetProperty("code").GetString()!;

    private async Task JoinGroupAsync()
    {
        var code = CodeOf(await OnDiscordAsync("d-admin", "/community code", MemberRole.Admin));
        var joined = await OnTelegramAsync("t-admin", "/community join " + code, MemberRole.Admin);
        Assert.False(joined.IsError, joined.Text);
    }

    private static ActivityEvent Message(string platform, string community, string user, string id, int hoursAgo) => new()
    {
        Kind = EventKind.Message, Platform = platform, Community = community, Channel = "general", User = user, UserName = "Ann",
        At = Now - TimeSpan.FromHours(hoursAgo), MessageId = id, Text = $"here is how I solved docker networking problem {id}, step by step", Length = 60,
    };

    private async Task SeedAsync()
    {
        var result = await _store.Get<IIngestQueue>().StoreAsync(
        [
            Message("discord", "g1", "d-ann", "d1", 30), Message("discord", "g1", "d-ann", "d2", 20), Message("discord", "g1", "d-ann", "d3", 10),
            Message("telegram", Group, "t-ann", "t1", 25), Message("telegram", Group, "t-ann", "t2", 5),
            Message("discord", "g1", "d-bob", "d4", 8) with { UserName = "Bob" }, Message("discord", "g1", "d-bob", "d5", 4) with { UserName = "Bob" },
        ], CancellationToken.None);
        Assert.Equal(7, result.Stored);
    }

    private async Task<IReadOnlyList<MemberScore>> ScoresAsync() =>
        (await _store.Get<IncrementalScorer>().ScoreAsync("g1", CancellationToken.None)).Members;

    private async Task LinkAnnAsync()
    {
        var code = CodeOf(await OnDiscordAsync("d-ann", "/link"));
        var linked = await OnTelegramAsync("t-ann", "/link " + code);
        Assert.False(linked.IsError, linked.Text);
        Assert.True(linked.Ephemeral);
    }

    [Fact]
    public async Task JoinedGroup_StoresItsEventsUnderTheCommunity()
    {
        await SeedAsync();

        var events = _store.Get<IActivityStore>();
        Assert.Equal(7, await events.CountAsync("g1", CancellationToken.None));
        Assert.Equal(0, await events.CountAsync(Group, CancellationToken.None));
        var status = await OnTelegramAsync("t-someone", "/community");
        Assert.Contains("part of community g1", status.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Link_CountsTheMemberOnce_OnBoardsAndProfiles_AndRemoveSplitsAgain()
    {
        await SeedAsync();
        Assert.Equal(["d-ann", "d-bob", "t-ann"], (await ScoresAsync()).Select(m => m.User).Order(StringComparer.Ordinal));

        await LinkAnnAsync();

        var linked = await ScoresAsync();
        Assert.Equal(["d-ann", "d-bob"], linked.Select(m => m.User).Order(StringComparer.Ordinal));
        Assert.Equal(5, linked.Single(m => m.User == "d-ann").Messages);
        var board = await OnTelegramAsync("t-bob", "/leaderboard all");
        Assert.Single(board.Text.Split('\n'), l => l.Contains("Ann", StringComparison.Ordinal));
        var fromTelegram = await OnTelegramAsync("t-ann", "/profile");
        var fromDiscord = await OnDiscordAsync("d-ann", "/profile");
        Assert.Equal(fromDiscord.Text, fromTelegram.Text);
        Assert.Contains("5 messages", fromTelegram.Text, StringComparison.Ordinal);

        var removed = await OnTelegramAsync("t-ann", "/link remove");

        Assert.Contains("Unlinked", removed.Text, StringComparison.Ordinal);
        Assert.Equal(["d-ann", "d-bob", "t-ann"], (await ScoresAsync()).Select(m => m.User).Order(StringComparer.Ordinal));
        Assert.Equal(3, (await _store.Get<IScoreStore>().ListAsync("g1", CancellationToken.None)).Single(m => m.User == "d-ann").Messages);
    }

    [Fact]
    public async Task Link_IsVisibleOnTheStoredBoardAtOnce_WithoutWaitingForTheScoreJob()
    {
        await SeedAsync();
        await ScoresAsync();

        await LinkAnnAsync();

        var stored = await _store.Get<IScoreStore>().ListAsync("g1", CancellationToken.None);
        Assert.DoesNotContain(stored, m => m.User == "t-ann");
        Assert.Equal(5, stored.Single(m => m.User == "d-ann").Messages);
    }

    [Fact]
    public async Task Codes_WorkOnce_OnTheOtherPlatform_ForTenMinutes()
    {
        var code = CodeOf(await OnDiscordAsync("d-ann", "/link"));

        var samePlatform = await OnDiscordAsync("d-bob", "/link " + code);
        Assert.True(samePlatform.IsError);
        Assert.Contains("other platform", samePlatform.Text, StringComparison.Ordinal);
        Assert.False((await OnTelegramAsync("t-ann", "/link " + code.ToLowerInvariant())).IsError); // still valid; case does not matter
        var again = await OnTelegramAsync("t-eve", "/link " + code);
        Assert.True(again.IsError);
        Assert.Contains("unknown, used or expired", again.Text, StringComparison.Ordinal);

        var late = CodeOf(await OnDiscordAsync("d-bob", "/link"));
        _store.Clock.Advance(TimeSpan.FromMinutes(11));
        Assert.True((await OnTelegramAsync("t-bob", "/link " + late)).IsError);
        Assert.True((await OnTelegramAsync("t-bob", "/link NOTACODE")).IsError);
        Assert.Empty(_store.Get<Core.Identity.IdentityDirectory>().LinksOf(new("telegram", "t-bob")));
    }

    [Fact]
    public async Task Link_RefusesASecondAccountOnTheSamePlatform()
    {
        await LinkAnnAsync();
        var code = CodeOf(await OnDiscordAsync("d-ann", "/link"));

        var second = await OnTelegramAsync("t-ann2", "/link " + code);

        Assert.True(second.IsError);
        Assert.Contains("already linked", second.Text, StringComparison.Ordinal);
        Assert.Equal([new Core.Identity.PlatformUser("telegram", "t-ann")], _store.Get<Core.Identity.IdentityDirectory>().LinksOf(new("discord", "d-ann")));
    }

    [Fact]
    public async Task PrivacyDelete_FromTheLinkedAccount_ErasesBothAccounts_AndStopsCaptureOfBoth()
    {
        await SeedAsync();
        await LinkAnnAsync();

        var erased = await OnTelegramAsync("t-ann", "/privacy delete confirm");

        Assert.Contains("Erased 5 stored events", erased.Text, StringComparison.Ordinal);
        var events = await _store.Get<IActivityStore>().ReadCommunityAsync("g1", null, CancellationToken.None);
        Assert.All(events, e => Assert.Equal("d-bob", e.User));
        await _store.Get<IIngestQueue>().StoreAsync([Message("telegram", Group, "t-ann", "t9", 1), Message("discord", "g1", "d-ann", "d9", 1)], CancellationToken.None);
        Assert.Equal(2, await _store.Get<IActivityStore>().CountAsync("g1", CancellationToken.None));
        Assert.Equal(PrivacyChoice.Deleted, await _store.Get<IPrivacyStore>().GetAsync("g1", "d-ann", CancellationToken.None));
    }

    [Fact]
    public async Task MyData_FromEitherAccount_HoldsTheEventsOfBoth()
    {
        await SeedAsync();
        await LinkAnnAsync();

        var export = await OnDiscordAsync("d-ann", "/mydata");

        var data = (JsonElement)export.Data!;
        Assert.Equal(5, data.GetProperty("events").GetArrayLength());
        Assert.Equal(["d-ann", "t-ann"], data.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("user").GetString()).Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task CommunityActions_AreForAdminsOnly_AndARefusalChangesNothing()
    {
        var before = _store.StateFingerprint();

        var code = await OnDiscordAsync("d-bob", "/community code");
        var leave = await OnTelegramAsync("t-bob", "/community leave");
        var join = await OnTelegramAsync("t-bob", "/community join ABCDEFGH", MemberRole.Moderator);

        Assert.All([code, leave, join], r => Assert.Contains("is for admins only", r.Text, StringComparison.Ordinal));
        Assert.Equal(before, _store.StateFingerprint());
    }

    [Fact]
    public async Task Leave_SplitsTheGroupOff_AndNewEventsStayInTheGroup()
    {
        var left = await OnTelegramAsync("t-admin", "/community leave", MemberRole.Admin);

        Assert.Contains("counts on its own again", left.Text, StringComparison.Ordinal);
        await _store.Get<IIngestQueue>().StoreAsync([Message("telegram", Group, "t-ann", "t1", 1)], CancellationToken.None);
        Assert.Equal(1, await _store.Get<IActivityStore>().CountAsync(Group, CancellationToken.None));
        Assert.Equal(0, await _store.Get<IActivityStore>().CountAsync("g1", CancellationToken.None));
        Assert.Contains(await _store.Get<Communities.IAuditLog>().RecentAsync("g1", 5, CancellationToken.None), a => a.Action == "community leave");
    }

    [Fact]
    public async Task PostsToTheCommunitysMainChatOnTelegram_GoToTheJoinedGroup()
    {
        await _store.Get<ChatPlatforms>().SendAsync(new ChannelRef("telegram", "g1", ""), new Reply("Winners of the week"), CancellationToken.None);
        await _store.Get<ChatPlatforms>().SendAsync(new ChannelRef("telegram", "g1", "-100/7"), new Reply("In a topic"), CancellationToken.None);

        Assert.Equal([Group, "g1"], _telegram.Sent.Select(s => s.To.Community));
        Assert.Equal("-100/7", _telegram.Sent[1].To.Channel);
    }

    [Fact]
    public async Task JoinCode_RefusedOnTheSamePlatform_AndForAGroupAlreadyJoined()
    {
        var code = CodeOf(await OnDiscordAsync("d-admin", "/community code", MemberRole.Admin));

        var samePlatform = await AskAsync("discord", "g2", "x-admin", "/community join " + code, MemberRole.Admin);
        var already = await OnTelegramAsync("t-admin", "/community join " + code, MemberRole.Admin);

        Assert.Contains("other platform", samePlatform.Text, StringComparison.Ordinal);
        Assert.Contains("already part of community g1", already.Text, StringComparison.Ordinal);
    }
}
