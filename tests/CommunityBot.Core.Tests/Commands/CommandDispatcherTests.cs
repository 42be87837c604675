using System.Text.Json;
using CommunityBot.Core.Activity;
using CommunityBot.Core.Commands;
using CommunityBot.Core.Communities;
using CommunityBot.Core.Engagement;
using CommunityBot.Core.Ingest;
using CommunityBot.TestKit;

namespace CommunityBot.Core.Tests.Commands;

/// <summary>Commands through the real dispatcher, ingest queue and LiteDB file.</summary>
public sealed class CommandDispatcherTests : IAsyncLifetime
{
    private static readonly DateTimeOffset _now = new(2026, 11, 20, 12, 0, 0, TimeSpan.Zero);
    private readonly StoreFixture _store = new(_now);
    private readonly Events _e = new(_now);

    public async Task InitializeAsync()
    {
        await _store.StartAsync();
        // "talker" writes a lot but nobody responds; "helper" writes less but earns replies and reactions.
        var events = new List<ActivityEvent>();
        for (var i = 0; i < 12; i++)
        {
            events.Add(_e.Message("talker", TimeSpan.FromHours(3 * i + 1), $"random chatter number {i}"));
        }
        for (var i = 0; i < 4; i++)
        {
            var answer = _e.Message("helper", TimeSpan.FromHours(5 * i + 2), $"detailed answer {i}", id: $"ans{i}");
            events.AddRange([answer, _e.Reaction("talker", answer.MessageId!, TimeSpan.FromHours(5 * i + 1)),
                _e.Reaction("fan", answer.MessageId!, TimeSpan.FromHours(5 * i + 1))]);
        }
        await _store.Get<IIngestQueue>().StoreAsync(events, CancellationToken.None);
        await _store.Get<EngagementScorer>().ScoreCommunityAsync("c1", CancellationToken.None);
    }

    public async Task DisposeAsync() => await _store.DisposeAsync();

    private Task<Reply> Ask(string text, MemberRole role = MemberRole.Member, string user = "talker") =>
        _store.Get<CommandDispatcher>().DispatchAsync(new CommandRequest("test", "c1", "general", user, user, role, text), CancellationToken.None);

    private static List<string> Ranking(Reply reply) =>
        JsonSerializer.SerializeToElement(reply.Data).GetProperty("Entries").EnumerateArray().Select(e => e.GetProperty("User").GetString()!).ToList();

    [Fact]
    public async Task Leaderboard_Engagement_RanksHelperAboveTalker()
    {
        Assert.Equal(["helper", "talker", "fan"], Ranking(await Ask("/leaderboard engagement")));
    }

    [Fact]
    public async Task WeightsSet_ByAdmin_ReRanksByInteractionFrequency()
    {
        var reply = await Ask("/weights set alpha=0 beta=0 gamma=1", MemberRole.Admin, "boss");
        Assert.False(reply.IsError, reply.Text);
        Assert.Equal("talker", Ranking(await Ask("/leaderboard engagement"))[0]);
        var audit = await _store.Get<IAuditLog>().RecentAsync("c1", 5, CancellationToken.None);
        Assert.Contains(audit, a => a.Action == "weights set" && a.User == "boss");
    }

    [Fact]
    public async Task WeightsSet_ByMember_RefusedAndUnchanged()
    {
        var reply = await Ask("/weights set alpha=0 beta=0 gamma=1");
        Assert.True(reply.IsError);
        Assert.Contains("admins only", reply.Text, StringComparison.Ordinal);
        Assert.Equal(Weights.Default, (await _store.Get<ISettingsStore>().GetAsync("c1", CancellationToken.None)).Weights);
        Assert.Equal("helper", Ranking(await Ask("/leaderboard engagement"))[0]);
    }

    [Fact]
    public async Task ModeratorCommand_ByConfiguredModeratorUser_Allowed()
    {
        Assert.True((await Ask("/stats")).IsError);
        await Ask("/config add_moderator talker", MemberRole.Admin, "boss");
        Assert.False((await Ask("/stats")).IsError);
    }

    [Fact]
    public async Task Profile_NumbersSatisfyFormulaWithShownWeights()
    {
        await Ask("/weights set alpha=1 beta=2 gamma=3", MemberRole.Admin, "boss");
        var weights = JsonSerializer.SerializeToElement((await Ask("/weights show", MemberRole.Admin)).Data);
        foreach (var user in new[] { "helper", "talker", "fan" })
        {
            var p = JsonSerializer.SerializeToElement((await Ask("/profile", user: user)).Data);
            double W(string n) => weights.GetProperty(n).GetDouble();
            double P(string n) => p.GetProperty(n).GetDouble();
            var expected = (W("alpha") * P("content") + W("beta") * P("interest") + W("gamma") * P("interaction")) / (W("alpha") + W("beta") + W("gamma"));
            Assert.Equal(expected, P("engagement"), 5);
        }
    }

    [Theory]
    [InlineData("/leaderboard yearly", "Unknown period 'yearly'")]
    [InlineData("/leaderboard week two", "'two' is not a whole number")]
    [InlineData("/frobnicate", "Unknown command /frobnicate")]
    [InlineData("/member", "Name the member")]
    public async Task BadArguments_GetUsageNamingTheProblem(string line, string message)
    {
        var reply = await Ask(line, MemberRole.Admin);
        Assert.True(reply.IsError);
        Assert.Contains(message, reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LeaderboardButton_PagesLikeTheCommand()
    {
        var press = new ButtonPress("test", "c1", "general", "talker", "talker", MemberRole.Member, "lb:all:1");
        var reply = await _store.Get<CommandDispatcher>().PressAsync(press, CancellationToken.None);
        Assert.Contains("all time", reply.Title, StringComparison.Ordinal);
    }

    [Fact]
    public async Task XpAdjust_ByAdmin_AddsAuditedPointsThatSurviveRecompute()
    {
        var before = (await _store.Get<IScoreStore>().GetAsync("c1", "fan", CancellationToken.None))!.Points;
        var reply = await Ask("/xp adjust fan 500 great workshop", MemberRole.Admin, "boss");
        Assert.False(reply.IsError, reply.Text);
        await Ask("/recompute", MemberRole.Admin, "boss");
        Assert.Equal(before + 500, (await _store.Get<IScoreStore>().GetAsync("c1", "fan", CancellationToken.None))!.Points);
    }

    [Fact]
    public async Task XpAdjust_DeliveredTwiceByThePlatform_AppliedOnce()
    {
        var before = (await _store.Get<IScoreStore>().GetAsync("c1", "fan", CancellationToken.None))!.Points;
        var request = new CommandRequest("test", "c1", "general", "boss", "boss", MemberRole.Admin, "/xp adjust fan 500 great workshop") { RequestId = "msg-77" };
        var dispatcher = _store.Get<CommandDispatcher>();

        var first = await dispatcher.DispatchAsync(request, CancellationToken.None);
        _store.Clock.Advance(TimeSpan.FromSeconds(30));
        var again = await dispatcher.DispatchAsync(request, CancellationToken.None);
        var separate = await dispatcher.DispatchAsync(request with { RequestId = "msg-78" }, CancellationToken.None);

        Assert.False(first.IsError || again.IsError || separate.IsError);
        Assert.Contains("already applied", again.Text, StringComparison.Ordinal);
        Assert.Equal(before + 1000, (await _store.Get<IScoreStore>().GetAsync("c1", "fan", CancellationToken.None))!.Points);
        Assert.Equal(2, (await _store.Get<IAuditLog>().RecentAsync("c1", 10, CancellationToken.None)).Count(e => e.Action == "xp adjust"));
    }

    [Fact]
    public async Task PrivacyHide_RemovesMemberFromBoards()
    {
        await Ask("/privacy hide", user: "helper");
        Assert.DoesNotContain("helper", Ranking(await Ask("/leaderboard engagement")));
    }

    [Fact]
    public async Task PrivacyDelete_OnlyAsksUntilConfirmed()
    {
        var asked = await Ask("/privacy delete", user: "fan");

        Assert.Equal(PrivacyCommandErase, Assert.Single(asked.Buttons).Action);
        var events = await _store.Get<IActivityStore>().ReadCommunityAsync("c1", null, CancellationToken.None);
        Assert.Contains(events, e => e.User == "fan");
    }

    [Fact]
    public async Task PrivacyEraseButton_ErasesThePressersDataAndLevelOnly()
    {
        var levels = _store.Get<Core.Live.IMemberLevelStore>();
        await levels.SaveAsync("c1", new Dictionary<string, int> { ["fan"] = 2, ["helper"] = 3 }, CancellationToken.None);
        var press = new ButtonPress("test", "c1", "general", "fan", "fan", MemberRole.Member, PrivacyCommandErase);

        var reply = await _store.Get<CommandDispatcher>().PressAsync(press, CancellationToken.None);

        Assert.False(reply.IsError, reply.Text);
        var events = await _store.Get<IActivityStore>().ReadCommunityAsync("c1", null, CancellationToken.None);
        Assert.DoesNotContain(events, e => e.User == "fan");
        Assert.Contains(events, e => e.User == "helper");
        var left = await levels.GetAsync("c1", ["fan", "helper"], CancellationToken.None);
        Assert.Equal(["helper"], left.Keys);
    }

    private const string PrivacyCommandErase = Core.Members.PrivacyCommand.EraseAction;

    [Fact]
    public async Task PrivacyDeleteConfirm_ErasesEventsAndStopsCapture()
    {
        await Ask("/privacy delete confirm", user: "fan");
        var result = await _store.Get<IIngestQueue>().StoreAsync([_e.Message("fan", TimeSpan.FromMinutes(1), "back again")], CancellationToken.None);
        Assert.Equal(0, result.Stored);
        var events = await _store.Get<IActivityStore>().ReadCommunityAsync("c1", null, CancellationToken.None);
        Assert.DoesNotContain(events, e => e.User == "fan");
    }
}
