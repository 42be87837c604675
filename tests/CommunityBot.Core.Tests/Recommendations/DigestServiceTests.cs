using CommunityBot.Core.Activity;
using CommunityBot.Core.Communities;
using CommunityBot.Core.Engagement;
using CommunityBot.Core.Members;
using CommunityBot.Core.Recommendations;
using CommunityBot.Core.Recommendations.Digest;
using static CommunityBot.Core.Tests.Recommendations.RecTestData;

namespace CommunityBot.Core.Tests.Recommendations;

public sealed class DigestServiceTests
{
    private static async Task ConfigureAsync(RecHarness bot, string? channel = "announcements") =>
        await bot.Get<ISettingsStore>().SaveAsync(CommunitySettings.DefaultFor("g1") with { DigestChannel = channel }, CancellationToken.None);

    /// <summary>Ten members who talk about docker, the first ones far more than the later ones; m9 joined last.</summary>
    private static async Task SeedMembersAsync(RecHarness bot, int members = 10)
    {
        var events = new List<ActivityEvent>();
        for (var m = 0; m < members; m++)
        {
            for (var k = 0; k < (members - m) * 3; k++)
            {
                events.Add(Message("m" + m, $"msg-{m}-{k}", "docker question", Now.AddDays(-members + m).AddMinutes(k)));
            }
        }
        await bot.SeedAsync([.. events]);
    }

    private static Task<DigestResult> RunAsync(RecHarness bot) => bot.Get<DigestService>().RunAsync("g1", CancellationToken.None);

    [Fact]
    public async Task Run_NoChannelConfigured_PostsNothing()
    {
        await using var bot = await RecHarness.StartAsync();
        await SeedMembersAsync(bot);

        var result = await RunAsync(bot);

        Assert.Equal("no digest channel configured", result.Skipped);
        Assert.Empty(bot.Chat.Sent);
        Assert.Empty(await bot.EventsAsync(EventKind.RecommendationShown));
    }

    [Fact]
    public async Task Run_Channel_PostsOneLinePerMemberWithFairShareAndRecordsShown()
    {
        await using var bot = await RecHarness.StartAsync(new Dictionary<string, string?> { ["Recommendations:DigestMaxMembers"] = "5" });
        await ConfigureAsync(bot);
        await SeedMembersAsync(bot);

        var result = await RunAsync(bot);

        var (to, reply) = Assert.Single(bot.Chat.Sent);
        Assert.Equal(new Core.Platform.ChannelRef("discord", "g1", "announcements"), to);
        Assert.Equal(5, reply.Text.Split('\n').Length);
        Assert.Equal(["m0", "m1", "m2", "m3", "m9"], result.Lines.Select(l => l.User));
        Assert.Equal([false, false, false, false, true], result.Lines.Select(l => l.Fair));
        Assert.StartsWith("M0: docker-", reply.Text, StringComparison.Ordinal);
        Assert.All(reply.Buttons, b => Assert.StartsWith("rec:", b.Action, StringComparison.Ordinal));
        var shown = await bot.EventsAsync(EventKind.RecommendationShown);
        Assert.Equal(5, shown.Count);
        Assert.All(shown, e => Assert.Equal(RecommendationEvents.Digest, e.Detail));
    }

    [Fact]
    public async Task Run_Twice_CooldownCapsMembersAlreadyAddressed()
    {
        await using var bot = await RecHarness.StartAsync(new Dictionary<string, string?> { ["Recommendations:DigestMaxMembers"] = "5" });
        await ConfigureAsync(bot);
        await SeedMembersAsync(bot);

        var first = await RunAsync(bot);
        bot.Clock.Advance(TimeSpan.FromDays(7));
        var second = await RunAsync(bot);

        Assert.Empty(first.Lines.Select(l => l.User).Intersect(second.Lines.Select(l => l.User)));
        Assert.Equal(5, second.Lines.Count);
    }

    [Fact]
    public async Task Run_OptedOutMembers_NeverAddressed()
    {
        await using var bot = await RecHarness.StartAsync();
        await ConfigureAsync(bot);
        await SeedMembersAsync(bot, members: 3);
        await bot.Get<IPrivacyStore>().SetAsync("g1", "m0", PrivacyChoice.Hidden, CancellationToken.None);

        var result = await RunAsync(bot);

        Assert.Equal(["m1", "m2"], result.Lines.Select(l => l.User).Order());
    }

    [Fact]
    public async Task Run_FairSlot_PrefersCourseWithFewImpressions()
    {
        await using var bot = await RecHarness.StartAsync(new Dictionary<string, string?> { ["Recommendations:DigestMaxMembers"] = "1", ["Recommendations:FairShare"] = "1" });
        await ConfigureAsync(bot);
        await bot.SeedAsync(
            Message("u1", "x1", "docker kubernetes python sql", Now.AddDays(-1)),
            Course(EventKind.RecommendationShown, "u9", "docker-101", RecommendationEvents.Command, Now.AddDays(-30)),
            Course(EventKind.RecommendationShown, "u8", "docker-101", RecommendationEvents.Command, Now.AddDays(-30)));

        var result = await RunAsync(bot);

        var line = Assert.Single(result.Lines, l => l.User == "u1");
        Assert.True(line.Fair);
        Assert.NotEqual("docker-101", line.Pick.Course.Id);
    }

    [Fact]
    public async Task Run_ScoredEngagement_DecidesWhomToAddressFirst()
    {
        await using var bot = await RecHarness.StartAsync(new Dictionary<string, string?> { ["Recommendations:DigestMaxMembers"] = "1", ["Recommendations:FairShare"] = "0" });
        await ConfigureAsync(bot);
        await SeedMembersAsync(bot, members: 3);
        // m2 has the community's highest content value and interaction, all of it topical (U 0.91); m0 a little (U 0.18).
        MemberTotals[] totals =
        [
            new() { Community = "g1", User = "m2", ContentFlat = 9, InteractionRef = 5, TopicalRef = 5 },
            new() { Community = "g1", User = "m0", ContentFlat = 1 },
        ];
        var basis = new ScoreBasis { Community = "g1", AsOf = bot.Clock.GetUtcNow(), MaxContent = 9, MaxInteraction = 5 };
        totals = [.. totals.Select(t => t with { Reference = basis.AsOf })];
        var snapshot = new CommunitySnapshot("g1", basis.AsOf, 0, 0, 0, 0, Members: 2, ActiveMembers: 0, EventsInWindow: 0);
        await bot.Get<IScoreStore>().SaveAsync(new ScoringResult([.. totals.Select(basis.Materialize)], snapshot, basis, totals, Complete: true), CancellationToken.None);

        var result = await RunAsync(bot);

        Assert.Equal("m2", Assert.Single(result.Lines).User);
    }

    [Fact]
    public async Task SharedDigestButtons_EachPresserRecordsTheirOwnFeedback_AndOnlyThePresserSeesTheAnswer()
    {
        await using var bot = await RecHarness.StartAsync();
        await ConfigureAsync(bot);
        await SeedMembersAsync(bot);
        await RunAsync(bot);
        var (_, digest) = Assert.Single(bot.Chat.Sent);
        var up = digest.Buttons.First(b => b.Action.StartsWith("rec:up:", StringComparison.Ordinal)).Action;
        var down = "rec:down:" + up["rec:up:".Length..];

        var byM5 = await bot.PressAsync("m5", up);
        var byOutsider = await bot.PressAsync("reader", down);

        Assert.True(byM5.Ephemeral && byOutsider.Ephemeral);
        var feedback = (await bot.EventsAsync(EventKind.RecommendationFeedback)).Select(e => (e.User, e.Detail)).Order().ToList();
        Assert.Equal([("m5", RecommendationEvents.Up), ("reader", RecommendationEvents.Down)], feedback);
        Assert.Single(bot.Chat.Sent); // the shared message itself is not re-posted or edited
    }
}
