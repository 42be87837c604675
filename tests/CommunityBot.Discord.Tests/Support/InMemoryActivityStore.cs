using CommunityBot.Core.Activity;

namespace CommunityBot.Discord.Tests.Support;

/// <summary>An idempotent event store (dedup on <see cref="EventKey"/>, like the real one) that tests can await.</summary>
public sealed class InMemoryActivityStore : IActivityStore
{
    private readonly HashSet<string> _keys = [];
    private readonly Lock _gate = new();

    public Observed<ActivityEvent> Stored { get; } = new();

    /// <summary>How many times a key was offered after it was already stored (re-delivery).</summary>
    public int Duplicates { get; private set; }

    public Task<IReadOnlyList<bool>> AppendAsync(IReadOnlyList<ActivityEvent> events, CancellationToken ct)
    {
        var result = new List<bool>(events.Count);
        foreach (var e in events)
        {
            bool added;
            lock (_gate)
            {
                added = _keys.Add(EventKey.For(e));
                Duplicates += added ? 0 : 1;
            }
            if (added)
            {
                Stored.Add(e);
            }
            result.Add(added);
        }
        return Task.FromResult<IReadOnlyList<bool>>(result);
    }

    public Task<IReadOnlyList<ActivityEvent>> ReadCommunityAsync(string community, DateTimeOffset? since, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<ActivityEvent>>(Stored.Snapshot().Where(e => e.Community == community && (since is null || e.At >= since)).ToList());

    public Task<IReadOnlyList<string>> CommunitiesAsync(CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<string>>(Stored.Snapshot().Select(e => e.Community).Distinct().ToList());

    public Task<long> CountAsync(string community, CancellationToken ct) =>
        Task.FromResult((long)Stored.Snapshot().Count(e => e.Community == community));

    public Task<int> DeleteCommunityAsync(string community, CancellationToken ct) => throw new NotSupportedException();

    public Task<int> DeleteMemberAsync(string community, string user, CancellationToken ct) => throw new NotSupportedException();

    public Task<int> PurgeTextBeforeAsync(DateTimeOffset cutoff, CancellationToken ct) => throw new NotSupportedException();
}
