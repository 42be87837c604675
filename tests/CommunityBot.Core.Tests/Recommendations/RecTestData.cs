using CommunityBot.Core.Activity;
using CommunityBot.Core.Recommendations;
using CommunityBot.Core.Recommendations.Catalog;
using CommunityBot.Core.Recommendations.Matching;
using CommunityBot.Core.Recommendations.Profiles;

namespace CommunityBot.Core.Tests.Recommendations;

/// <summary>A small catalog and event builders for recommendation tests.</summary>
internal static class RecTestData
{
    public static readonly DateTimeOffset Now = new(2026, 11, 29, 12, 0, 0, TimeSpan.Zero);

    public static Course Course(string id, string[] tags, string[]? synonyms = null, double? rating = 4.5) => new()
    {
        Id = id, Title = id + " course", Url = "https://courses.example.com/" + id, Tags = tags, Synonyms = synonyms ?? [], Rating = rating,
    };

    public static IReadOnlyList<Course> Catalog() =>
    [
        Course("docker-101", ["docker", "containers"], ["dockerfile", "compose"]),
        Course("k8s-pro", ["kubernetes", "containers", "devops"], ["k8s", "kubectl"]),
        Course("python-data", ["python", "data"], ["pandas"]),
        Course("ml-foundations", ["machine-learning", "python", "data"], ["ml"]),
        Course("sql-mastery", ["sql", "databases"], ["postgres"]),
        Course("docker-advanced", ["docker", "devops"], []),
    ];

    public static ActivityEvent Message(string user, string id, string text, DateTimeOffset? at = null) => Event(EventKind.Message, user, at) with
    {
        MessageId = id, Text = text,
    };

    public static ActivityEvent Reaction(string user, string messageId, DateTimeOffset? at = null) => Event(EventKind.ReactionAdded, user, at) with
    {
        MessageId = messageId, Emoji = "👍",
    };

    public static ActivityEvent Course(EventKind kind, string user, string course, string? detail = null, DateTimeOffset? at = null) =>
        Event(kind, user, at) with { Course = course, Detail = detail };

    public static ActivityEvent Event(EventKind kind, string user, DateTimeOffset? at = null) => new()
    {
        Kind = kind, Platform = "discord", Community = "g1", Channel = "general", User = user, UserName = user.ToUpperInvariant(), At = at ?? Now.AddHours(-1),
    };

    /// <summary>A model and profiles built in memory from these events (half-life 7 days), the way a rebuild builds them.</summary>
    public static Built Build(IEnumerable<ActivityEvent> events, IReadOnlyList<Course>? catalog = null)
    {
        var courses = catalog ?? Catalog();
        var model = new RecommendationModel("g1", new CourseSpace(courses), TagMatcher.For(courses), new RecommenderOptions(), halfLifeDays: 7);
        var profiles = ProfileUpdate.BuildAll(model, events.Order(EventOrder.Instance));
        return new Built(model, profiles);
    }

    public static MemberSignals Signals(Built built, string user, double engagement = 0.5) =>
        ProfileSignals.Of(built.Model, user, built.Profiles.GetValueOrDefault(user), Now, cooldownDays: 14, engagement);

    public sealed record Built(RecommendationModel Model, IReadOnlyDictionary<string, MemberProfile> Profiles);
}
