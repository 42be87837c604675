namespace CommunityBot.Core.Activity;

/// <summary>The event store: append-only, idempotent on <see cref="EventKey"/>.</summary>
public interface IActivityStore
{
    /// <summary>
    /// Stores the events whose keys are new, in one transaction. Returns, per event, whether it was stored
    /// (false: its key was already stored, or appeared earlier in the same batch).
    /// </summary>
    Task<IReadOnlyList<bool>> AppendAsync(IReadOnlyList<ActivityEvent> events, CancellationToken ct);

    /// <summary>Every event of one community in time order (optionally only from <paramref name="since"/> on).</summary>
    Task<IReadOnlyList<ActivityEvent>> ReadCommunityAsync(string community, DateTimeOffset? since, CancellationToken ct);

    Task<IReadOnlyList<string>> CommunitiesAsync(CancellationToken ct);

    Task<long> CountAsync(string community, CancellationToken ct);

    /// <summary>Removes a community's events (used when the demo replaces an earlier demo).</summary>
    Task<int> DeleteCommunityAsync(string community, CancellationToken ct);

    /// <summary>Erases everything one member did in a community (privacy delete).</summary>
    Task<int> DeleteMemberAsync(string community, string user, CancellationToken ct);

    /// <summary>Blanks raw message text older than the cutoff; derived fields stay.</summary>
    Task<int> PurgeTextBeforeAsync(DateTimeOffset cutoff, CancellationToken ct);
}
