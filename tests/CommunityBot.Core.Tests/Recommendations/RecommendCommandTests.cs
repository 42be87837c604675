using System.Text;
using CommunityBot.Core.Activity;
using CommunityBot.Core.Members;
using CommunityBot.Core.Recommendations;
using static CommunityBot.Core.Tests.Recommendations.RecTestData;

namespace CommunityBot.Core.Tests.Recommendations;

public sealed class RecommendCommandTests
{
    [Fact]
    public async Task Recommend_MemberWithHistory_PrivatePicksWithoutOwnedOrRejected()
    {
        await using var bot = await RecHarness.StartAsync();
        await bot.SeedAsync(
            Message("u1", "m1", "docker compose, kubernetes and pandas questions", Now.AddDays(-1)),
            Course(EventKind.CourseEnrolled, "u1", "docker-101", at: Now.AddDays(-3)),
            Course(EventKind.RecommendationFeedback, "u1", "k8s-pro", RecommendationEvents.Down, Now.AddDays(-2)));

        var reply = await bot.AskAsync("u1", "/recommend");

        Assert.False(reply.IsError, reply.Text);
        Assert.True(reply.Ephemeral);
        Assert.DoesNotContain("docker-101 course", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("k8s-pro course", reply.Text, StringComparison.Ordinal);
        Assert.Contains("docker-advanced course: you talked about compose and docker", reply.Text, StringComparison.Ordinal);
        Assert.All(reply.Buttons.Where(b => b.Url is null), b => Assert.True(Encoding.UTF8.GetByteCount(b.Action) <= 64 && b.Action.StartsWith("rec:", StringComparison.Ordinal)));
        var shown = await bot.EventsAsync(EventKind.RecommendationShown);
        Assert.Equal(reply.Text.Split('\n').Length, shown.Count);
        Assert.All(shown, e => Assert.Equal(RecommendationEvents.Command, e.Detail));
    }

    [Fact]
    public async Task Recommend_NothingRelevant_SuggestsPopularModeWhichWorks()
    {
        await using var bot = await RecHarness.StartAsync();
        await bot.SeedAsync(Message("u1", "m1", "hello there", Now.AddDays(-1)));

        var plain = await bot.AskAsync("u1", "/recommend");
        var popular = await bot.AskAsync("u1", "/recommend popular");

        Assert.Contains("/recommend popular", plain.Text, StringComparison.Ordinal);
        Assert.Equal(3, popular.Text.Split('\n').Length);
        Assert.Contains("a popular course, rated 4.5/5", popular.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Recommend_AfterTheMemberTalksAboutATopic_NextRequestFollowsIt()
    {
        await using var bot = await RecHarness.StartAsync();
        await bot.SeedAsync(Message("u1", "m1", "hello there", Now.AddDays(-1)));
        var before = await bot.AskAsync("u1", "/recommend");

        await bot.SeedAsync(Message("u1", "m2", "my postgres queries are slow", Now.AddMinutes(-5)));
        var after = await bot.AskAsync("u1", "/recommend");

        Assert.Contains("/recommend popular", before.Text, StringComparison.Ordinal);
        Assert.StartsWith("1. sql-mastery course: you talked about postgres.", after.Text, StringComparison.Ordinal);
        Assert.Equal(1, bot.Get<Core.Recommendations.Profiles.RecommendationModels>().Rebuilds); // the second request caught up
    }

    [Fact]
    public async Task Recommend_BadOption_UsageError()
    {
        await using var bot = await RecHarness.StartAsync();

        var reply = await bot.AskAsync("u1", "/recommend everything");

        Assert.True(reply.IsError);
        Assert.Contains("Usage: /recommend [popular]", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Recommend_HiddenMember_GetsNoPicks()
    {
        await using var bot = await RecHarness.StartAsync();
        await bot.SeedAsync(Message("u1", "m1", "docker please", Now.AddDays(-1)));
        await bot.Get<IPrivacyStore>().SetAsync("g1", "u1", PrivacyChoice.Hidden, CancellationToken.None);

        var reply = await bot.AskAsync("u1", "/recommend");

        Assert.Contains("opted out", reply.Text, StringComparison.Ordinal);
        Assert.Empty(await bot.EventsAsync(EventKind.RecommendationShown));
    }

    [Fact]
    public async Task PressThumbsDown_CourseNeverRecommendedAgain()
    {
        await using var bot = await RecHarness.StartAsync();
        await bot.SeedAsync(Message("u1", "m1", "docker and dockerfile help", Now.AddDays(-1)));
        Assert.Contains("docker-101", (await bot.AskAsync("u1", "/recommend")).Text, StringComparison.Ordinal);

        var pressed = await bot.PressAsync("u1", "rec:down:docker-101");
        var again = await bot.AskAsync("u1", "/recommend");

        Assert.Contains("will not be recommended to you again", pressed.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("docker-101", again.Text, StringComparison.Ordinal);
        var feedback = Assert.Single(await bot.EventsAsync(EventKind.RecommendationFeedback));
        Assert.Equal(("u1", "docker-101", "down"), (feedback.User, feedback.Course, feedback.Detail));
    }

    [Fact]
    public async Task Press_UnknownCourseOrAction_ErrorAndNothingStored()
    {
        await using var bot = await RecHarness.StartAsync();

        Assert.True((await bot.PressAsync("u1", "rec:up:no-such-course")).IsError);
        Assert.True((await bot.PressAsync("u1", "rec:explode:docker-101")).IsError);
        Assert.Empty(await bot.EventsAsync(EventKind.RecommendationFeedback));
    }

    [Fact]
    public async Task Courses_Topic_ListsMatchingCoursesOnly()
    {
        await using var bot = await RecHarness.StartAsync();

        var reply = await bot.AskAsync("u1", "/courses Docker");

        Assert.Equal(["docker-101 course [docker-101]", "docker-advanced course [docker-advanced]"],
            reply.Text.Split('\n').Select(l => l[..l.IndexOf(" (", StringComparison.Ordinal)]).Order());
        Assert.StartsWith("No course about", (await bot.AskAsync("u1", "/courses cooking")).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Exposure_AfterShowClickAndVotes_CountsPerCourse()
    {
        await using var bot = await RecHarness.StartAsync();
        await bot.SeedAsync(Message("u1", "m1", "docker and dockerfile help", Now.AddDays(-1)));
        await bot.AskAsync("u1", "/recommend");
        await bot.PressAsync("u1", "rec:up:docker-101");
        await bot.PressAsync("u2", "rec:down:docker-101");

        var stats = await bot.Get<RecommendationService>().ExposureAsync("g1", CancellationToken.None);

        var docker = Assert.Single(stats, s => s.Course == "docker-101");
        Assert.Equal((1, 1, 1, 1), (docker.Impressions, docker.Ups, docker.Downs, docker.Positives));
        Assert.Equal(0, docker.ClickThroughRate);
        var statsReply = await bot.AskAsync("mod", "/stats", CommunityBot.Core.Commands.MemberRole.Moderator);
        Assert.Contains("docker-101 1 shown, CTR 0%, 👍 1 👎 1", statsReply.Text, StringComparison.Ordinal);
    }
}
