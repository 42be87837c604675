using CommunityBot.Core.Communities;

namespace CommunityBot.Storage.LiteDb;

internal sealed class SettingsStore(LiteDbContext db) : ISettingsStore
{
    public Task<CommunitySettings> GetAsync(string community, CancellationToken ct)
    {
        var doc = db.Settings.FindById(community);
        return Task.FromResult(doc is null ? CommunitySettings.DefaultFor(community) : JsonDocuments.Unwrap<CommunitySettings>(doc));
    }

    public Task SaveAsync(CommunitySettings settings, CancellationToken ct)
    {
        db.Settings.Upsert(JsonDocuments.Wrap(settings.Community, settings.Community, settings));
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<CommunitySettings>> ListAsync(CancellationToken ct)
    {
        IReadOnlyList<CommunitySettings> all = db.Settings.FindAll().Select(JsonDocuments.Unwrap<CommunitySettings>).ToList();
        return Task.FromResult(all);
    }

    public Task DeleteAsync(string community, CancellationToken ct)
    {
        db.Settings.Delete(community);
        return Task.CompletedTask;
    }
}
