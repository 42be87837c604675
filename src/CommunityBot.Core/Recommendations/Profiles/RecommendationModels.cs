using CommunityBot.Core.Activity;
using CommunityBot.Core.Communities;
using CommunityBot.Core.Ingest;
using CommunityBot.Core.Recommendations.Catalog;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CommunityBot.Core.Recommendations.Profiles;

/// <summary>
/// Keeps every community's <see cref="RecommendationModel"/> current. The ingest writer hands over what it stores; asking
/// for a model first observes those events into the model and the profiles they touch (reading only the older
/// messages they refer to) and stores what changed. The refresh job also recomputes the item-kNN neighbours. A
/// rebuild from the full history happens only when catching up cannot be exact: no stored model, a different catalog
/// or half-life, a late event, or a store count that differs from what was observed (erasures, another process's writes).
/// </summary>
public sealed partial class RecommendationModels(
    CatalogViews catalogs,
    IActivityStore events,
    ISettingsStore settings,
    IRecommendationStore store,
    IOptions<RecommenderOptions> options,
    TimeProvider clock,
    ILogger<RecommendationModels> logger) : IStoredEventsObserver, IDisposable
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Kept> _kept = new(StringComparer.Ordinal);
    private int _rebuilds;

    /// <summary>How many times a model was built from a community's full history (diagnostics and tests).</summary>
    public int Rebuilds => Volatile.Read(ref _rebuilds);

    public void OnStored(IReadOnlyList<ActivityEvent> stored)
    {
        lock (_gate)
        {
            foreach (var e in stored)
            {
                if (_kept.TryGetValue(e.Community, out var kept))
                {
                    kept.Events.Collect(e);
                }
            }
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            foreach (var kept in _kept.Values)
            {
                kept.Busy.Dispose();
            }
        }
    }

    /// <summary>The community's model with every stored event observed.</summary>
    public async Task<RecommendationModel> CurrentAsync(string community, CancellationToken ct) =>
        (await UpdateAsync(community, reneighbor: false, ct)).Model;

    /// <summary>The model with every stored event observed, and the community settings it was brought up to date with.</summary>
    internal Task<(RecommendationModel Model, CommunitySettings Settings)> CurrentWithSettingsAsync(string community, CancellationToken ct) =>
        UpdateAsync(community, reneighbor: false, ct);

    /// <summary>The refresh job: catches up, then recomputes the item-kNN neighbours from every member's course interactions.</summary>
    public async Task<RecommendationModel> RefreshAsync(string community, CancellationToken ct) =>
        (await UpdateAsync(community, reneighbor: true, ct)).Model;

    private async Task<(RecommendationModel Model, CommunitySettings Settings)> UpdateAsync(string community, bool reneighbor, CancellationToken ct)
    {
        var kept = Keep(community);
        await kept.Busy.WaitAsync(ct);
        try
        {
            var catalogNow = await catalogs.ForAsync(community, ct);
            var config = await settings.GetAsync(community, ct);
            var now = clock.GetUtcNow();
            var fingerprint = Fingerprints.Of(catalogNow.Fingerprint, config.Scoring.HalfLifeDays, options.Value);
            if (kept.Model is null && await store.LoadModelAsync(community, ct) is { } saved
                && RecommendationModel.Restore(community, catalogNow.Space, catalogNow.Matcher, options.Value, catalogNow.Fingerprint, saved) is { } restored)
            {
                kept.Model = restored;
                kept.Events.ContinueFrom(restored.Observed, await events.ReadAfterAsync(community, restored.LastEvent, ct));
            }
            var model = kept.Model;
            if (model is not null && kept.Events.Overflowed)
            {
                kept.Events.Resume(await events.ReadAfterAsync(community, model.LastEvent, ct));
            }
            var stored = await events.CountAsync(community, ct);
            if (model is not null && model.Fingerprint == fingerprint && kept.Events.Matches(stored)
                && kept.Events.TakeDue(now, model.LastEvent) is { } due)
            {
                await CatchUpAsync(model, due, reneighbor, ct);
            }
            else
            {
                model = await RebuildAsync(community, catalogNow, config, kept, now, ct);
            }
            kept.Model = model;
            return (model, config);
        }
        catch
        {
            kept.Model = null; // half-applied: the next call starts again from what was stored
            throw;
        }
        finally
        {
            kept.Busy.Release();
        }
    }

    private async Task CatchUpAsync(RecommendationModel model, IReadOnlyList<ActivityEvent> due, bool reneighbor, CancellationToken ct)
    {
        if (due.Count == 0 && !reneighbor)
        {
            return;
        }
        var known = await KnownAsync(model.Community, due, ct);
        var users = due.Select(e => e.User).Concat(known.Select(e => e.User)).ToHashSet(StringComparer.Ordinal);
        var profiles = (await store.ProfilesAsync(model.Community, reneighbor ? null : users, ct)).ToDictionary(p => p.User, StringComparer.Ordinal);
        var update = new ProfileUpdate(model, profiles);
        foreach (var kind in (EventKind[])[EventKind.Message, EventKind.Delete, EventKind.ReactionAdded])
        {
            foreach (var e in known.Where(e => e.Kind == kind).Order(EventOrder.Instance))
            {
                update.Know(e);
            }
        }
        foreach (var e in due)
        {
            update.Observe(e);
        }
        model.Requalify();
        if (reneighbor)
        {
            model.Reneighbor(profiles.Values);
        }
        await store.SaveAsync(model, update.Changed, replaceAll: false, ct);
    }

    /// <summary>The stored messages, deletions and reactions that the due events refer to, minus the due events themselves.</summary>
    private async Task<List<ActivityEvent>> KnownAsync(string community, IReadOnlyList<ActivityEvent> due, CancellationToken ct)
    {
        var referenced = Referenced(due, EventKind.ReactionAdded, EventKind.Delete);
        if (referenced.Count == 0)
        {
            return [];
        }
        var deleted = Referenced(due, EventKind.Delete); // a deletion withdraws what the message's reactions gave, too
        var dueKeys = due.Select(EventKey.For).ToHashSet(StringComparer.Ordinal);
        return (await events.ReadAboutMessagesAsync(community, referenced, deleted, ct)).Where(e => !dueKeys.Contains(EventKey.For(e))).ToList();
    }

    private static List<string> Referenced(IEnumerable<ActivityEvent> due, params EventKind[] kinds) =>
        due.Where(e => kinds.Contains(e.Kind) && e.MessageId is not null).Select(e => e.MessageId!).Distinct(StringComparer.Ordinal).ToList();

    private async Task<RecommendationModel> RebuildAsync(string community, CatalogView catalogNow, CommunitySettings config,
        Kept kept, DateTimeOffset now, CancellationToken ct)
    {
        Interlocked.Increment(ref _rebuilds);
        LogRebuild(logger, community);
        RecommendationModel NewModel() =>
            new(community, catalogNow.Space, catalogNow.Matcher, options.Value, config.Scoring.HalfLifeDays, catalogNow.Fingerprint);
        var model = NewModel();
        var profiles = new Dictionary<string, MemberProfile>(StringComparer.Ordinal);
        var update = new ProfileUpdate(model, profiles);
        var last = await kept.Events.StartFromStreamAsync(events.StreamCommunityAsync(community, ct), now, update.Observe, ct);
        if (kept.Events.TakeDue(now, last) is { } collected)
        {
            foreach (var e in collected)
            {
                update.Observe(e);
            }
            update.FinishRebuild();
        }
        else
        {
            // Something stored while the history streamed sorts before its end: read it whole, where it is sorted in.
            kept.Events.StartFrom(await events.ReadCommunityAsync(community, null, ct));
            model = NewModel();
            profiles = ProfileUpdate.BuildAll(model, kept.Events.TakeDue(now, null)!);
        }
        await store.SaveAsync(model, profiles.Values, replaceAll: true, ct);
        BulkWork.ReleaseHistory();
        return model;
    }

    private Kept Keep(string community)
    {
        lock (_gate)
        {
            if (!_kept.TryGetValue(community, out var kept))
            {
                _kept[community] = kept = new Kept();
            }
            return kept;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Rebuilding the recommendation profiles of community {Community} from its history")]
    private static partial void LogRebuild(ILogger logger, string community);

    private sealed class Kept
    {
        public SemaphoreSlim Busy { get; } = new(1, 1);
        public PendingEvents Events { get; } = new();
        public RecommendationModel? Model { get; set; }
    }
}
