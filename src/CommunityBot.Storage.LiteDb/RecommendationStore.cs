using CommunityBot.Core.Recommendations.Profiles;
using LiteDB;

namespace CommunityBot.Storage.LiteDb;

/// <summary>Recommendation models (one document per community) and member profiles (one per member, keyed community then user).</summary>
internal sealed class RecommendationStore(LiteDbContext db) : IRecommendationStore
{
    public Task<StoredModel?> LoadModelAsync(string community, CancellationToken ct) =>
        Task.FromResult(db.RecommendationModels.FindById(community) is { } doc ? RecommendationDocuments.ToStoredModel(doc) : null);

    public Task<MemberProfile?> GetProfileAsync(string community, string user, CancellationToken ct) =>
        Task.FromResult(db.RecommendationProfiles.FindById(RecommendationDocuments.ProfileId(community, user)) is { } doc
            ? RecommendationDocuments.ToProfile(doc)
            : null);

    public Task<IReadOnlyList<MemberProfile>> ProfilesAsync(string community, IReadOnlyCollection<string>? users, CancellationToken ct)
    {
        var docs = users is null
            ? db.RecommendationProfiles.Find(Query.StartsWith("_id", RecommendationDocuments.CommunityPrefix(community)))
            : users.Select(u => db.RecommendationProfiles.FindById(RecommendationDocuments.ProfileId(community, u))).OfType<BsonDocument>();
        IReadOnlyList<MemberProfile> profiles = docs.Select(RecommendationDocuments.ToProfile).ToList();
        return Task.FromResult(profiles);
    }

    /// <summary>Profiles a page of keys at a time (<see cref="PagedReads.KeyRange"/>): no LiteDB cursor stays open between them.</summary>
    public IAsyncEnumerable<MemberProfile> EachProfileAsync(string community, CancellationToken ct) =>
        db.RecommendationProfiles.KeyRange(RecommendationDocuments.CommunityPrefix(community)).Select(RecommendationDocuments.ToProfile).ToAsyncEnumerable();

    public Task SaveAsync(RecommendationModel model, IReadOnlyCollection<MemberProfile> changed, bool replaceAll, CancellationToken ct)
    {
        var rows = changed.Select(RecommendationDocuments.ToDocument).ToList();
        db.Database.BeginTrans();
        try
        {
            if (replaceAll)
            {
                DeleteProfiles(db, model.Community);
                db.RecommendationProfiles.InsertBulk(rows, Math.Max(1, rows.Count));
            }
            else
            {
                db.RecommendationProfiles.Upsert(rows);
            }
            db.RecommendationModels.Upsert(RecommendationDocuments.ToDocument(model));
            db.Database.Commit();
        }
        catch
        {
            db.Database.Rollback();
            throw;
        }
        return Task.CompletedTask;
    }

    /// <summary>Removes a community's profiles (in the caller's transaction, if any).</summary>
    public static int DeleteProfiles(LiteDbContext db, string community) =>
        db.RecommendationProfiles.DeleteMany(Query.StartsWith("_id", RecommendationDocuments.CommunityPrefix(community)));
}
