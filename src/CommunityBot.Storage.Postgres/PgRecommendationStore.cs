using System.Runtime.CompilerServices;
using CommunityBot.Core.Recommendations.Profiles;

namespace CommunityBot.Storage.Postgres;

/// <summary>Recommendation models (one document per community) and member profiles (one per member), saved together in one transaction.</summary>
internal sealed class PgRecommendationStore(Documents docs) : IRecommendationStore
{
    /// <summary>A profile's stored form: <see cref="MemberProfile"/> fills its maps in place, which a serializer cannot construct.</summary>
    private sealed record StoredProfile(string Community, string User, string? Name, DateTimeOffset FirstSeen, long? ReferenceTicks,
        Dictionary<string, Evidence> Interests, Dictionary<string, Dictionary<string, Evidence>> Terms, double Activity,
        Dictionary<string, CourseHistory> Courses, DateTimeOffset? LastUnsolicited)
    {
        public static StoredProfile Of(MemberProfile p) =>
            new(p.Community, p.User, p.Name, p.FirstSeen, p.ReferenceTicks, p.Interests, p.Terms, p.Activity, p.Courses, p.LastUnsolicited);

        public MemberProfile ToProfile()
        {
            var profile = new MemberProfile(Community, User) { Name = Name, FirstSeen = FirstSeen, ReferenceTicks = ReferenceTicks, Activity = Activity, LastUnsolicited = LastUnsolicited };
            foreach (var (tag, evidence) in Interests)
            {
                profile.Interests[tag] = evidence;
            }
            foreach (var (tag, terms) in Terms)
            {
                profile.Terms[tag] = new Dictionary<string, Evidence>(terms, StringComparer.Ordinal);
            }
            foreach (var (course, history) in Courses)
            {
                profile.Courses[course] = history;
            }
            return profile;
        }
    }

    public Task<StoredModel?> LoadModelAsync(string community, CancellationToken ct) => docs.GetAsync<StoredModel>(DocKinds.RecommendationModel, community, community, ct);

    public async Task<MemberProfile?> GetProfileAsync(string community, string user, CancellationToken ct) =>
        (await docs.GetAsync<StoredProfile>(DocKinds.RecommendationProfile, community, user, ct))?.ToProfile();

    public async Task<IReadOnlyList<MemberProfile>> ProfilesAsync(string community, IReadOnlyCollection<string>? users, CancellationToken ct)
    {
        var found = users is null
            ? await docs.ListAsync<StoredProfile>(DocKinds.RecommendationProfile, community, ct)
            : await docs.ListAsync<StoredProfile>(DocKinds.RecommendationProfile, community, ct, "id = ANY($3)", (object)users.ToArray());
        return [.. found.Select(d => d.Body.ToProfile())];
    }

    public async IAsyncEnumerable<MemberProfile> EachProfileAsync(string community, [EnumeratorCancellation] CancellationToken ct)
    {
        await foreach (var (_, stored) in docs.EachAsync<StoredProfile>(DocKinds.RecommendationProfile, community, ct))
        {
            yield return stored.ToProfile();
        }
    }

    public async Task SaveAsync(RecommendationModel model, IReadOnlyCollection<MemberProfile> changed, bool replaceAll, CancellationToken ct)
    {
        await using var connection = await docs.DataSource.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        if (replaceAll)
        {
            await docs.DeleteAsync(DocKinds.RecommendationProfile, model.Community, null, ct, connection, transaction);
        }
        await docs.UpsertManyAsync(DocKinds.RecommendationProfile, model.Community, [.. changed.Select(p => (p.User, StoredProfile.Of(p)))], ct, connection, transaction);
        await docs.UpsertManyAsync(DocKinds.RecommendationModel, model.Community, [(model.Community, Stored(model))], ct, connection, transaction);
        await transaction.CommitAsync(ct);
    }

    /// <summary>What cannot be derived from the catalog, with courses named by id (the catalog's order may change).</summary>
    private static StoredModel Stored(RecommendationModel m)
    {
        var space = m.Space;
        var courses = Enumerable.Range(0, space.Count);
        return new StoredModel(m.Fingerprint, m.HalfLifeDays, m.Observed, m.LastEvent, m.MaxActivityLog2,
            courses.ToDictionary(i => space.Courses[i].Id, i => Enumerable.Range(0, (int)CourseCounter.Count).Select(c => m.Count((CourseCounter)c, i)).ToArray(), StringComparer.Ordinal),
            courses.Where(i => m.Knn.Neighbors(i).Count > 0).ToDictionary(i => space.Courses[i].Id,
                i => (IReadOnlyList<(string Course, float Similarity)>)[.. m.Knn.Neighbors(i).Select(n => (space.Courses[n.Item].Id, (float)n.Similarity))], StringComparer.Ordinal));
    }
}
