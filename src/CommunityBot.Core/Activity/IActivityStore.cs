namespace CommunityBot.Core.Activity;

/// <summary>The event store: append-only, idempotent on <see cref="EventKey"/>.</summary>
public interface IActivityStore
{
    /// <summary>
    /// Stores the events whose keys are new, in one transaction. Returns, per event, whether it was stored
    /// (false: its key was already stored, or appeared earlier in the same batch).
    /// </summary>
    Task<IReadOnlyList<bool>> AppendAsync(IReadOnlyList<ActivityEvent> events, CancellationToken ct);

    /// <summary>Every event of one community in <see cref="EventOrder"/> (optionally only from <paramref name="since"/> on), read from the community's own events.</summary>
    Task<IReadOnlyList<ActivityEvent>> ReadCommunityAsync(string community, DateTimeOffset? since, CancellationToken ct);

    /// <summary>
    /// Every event of one community in <see cref="EventOrder"/>, handed out as it is read where the store can read in that
    /// order (PostgreSQL, through its community and time index), so a rebuild observes them one by one instead of
    /// holding the history (100,000 events were tens of MB). LiteDB reads a community by key and sorts it: it gives its list.
    /// </summary>
    IAsyncEnumerable<ActivityEvent> StreamCommunityAsync(string community, CancellationToken ct);

    /// <summary>
    /// The community's events from <paramref name="since"/> on, in <see cref="EventOrder"/>, read through the time index:
    /// for a recent tail (minutes or hours), as it reads every community's events of that time.
    /// </summary>
    Task<IReadOnlyList<ActivityEvent>> ReadRecentAsync(string community, DateTimeOffset since, CancellationToken ct);

    /// <summary>
    /// For each of <paramref name="messageIds"/> the message and its deletion, and for each of <paramref name="reactionsTo"/>
    /// also the reactions added to it (key lookups and key ranges, see <see cref="EventKey"/>), so an update can place new
    /// reactions and deletions without reading the history.
    /// </summary>
    Task<IReadOnlyList<ActivityEvent>> ReadAboutMessagesAsync(
        string community, IReadOnlyCollection<string> messageIds, IReadOnlyCollection<string> reactionsTo, CancellationToken ct);

    /// <summary>
    /// Every event of every community in <see cref="EventOrder"/>, streamed in one pass (events mostly arrive in time order, so
    /// this reads storage nearly in sequence, where reading community by community revisits every page).
    /// </summary>
    IEnumerable<ActivityEvent> ReadAllInTimeOrder();

    /// <summary>When the community's first event happened, or null when it has none.</summary>
    Task<DateTimeOffset?> FirstEventAtAsync(string community, CancellationToken ct);

    /// <summary>
    /// The time of the community's latest stored message from <paramref name="platform"/>, looking back no further than
    /// <paramref name="notBefore"/>; null when there is none since then (an adapter's "where did I stop").
    /// </summary>
    Task<DateTimeOffset?> LastMessageAtAsync(string community, string platform, DateTimeOffset notBefore, CancellationToken ct);

    /// <summary>The platform the community lives on ("discord", "telegram", "import"), or null when it has no events.</summary>
    Task<string?> PlatformOfAsync(string community, CancellationToken ct);

    Task<IReadOnlyList<string>> CommunitiesAsync(CancellationToken ct);

    Task<long> CountAsync(string community, CancellationToken ct);

    /// <summary>Removes a community's events (used when the demo replaces an earlier demo).</summary>
    Task<int> DeleteCommunityAsync(string community, CancellationToken ct);

    /// <summary>Erases everything one member did in a community (privacy delete).</summary>
    Task<int> DeleteMemberAsync(string community, string user, CancellationToken ct);

    /// <summary>Blanks the community's raw message text older than the cutoff; derived fields stay.</summary>
    Task<int> PurgeTextBeforeAsync(string community, DateTimeOffset cutoff, CancellationToken ct);
}
