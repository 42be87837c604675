using CommunityBot.Core.Activity;

namespace CommunityBot.Core.Tests.Recommendations.Fakes;

/// <summary>An in-memory event store, idempotent on the natural key like the real one.</summary>
internal sealed class MemoryActivityStore : IActivityStore
{
    private readonly List<ActivityEvent> _events = [];
    private readonly HashSet<string> _keys = new(StringComparer.Ordinal);

    public IReadOnlyList<ActivityEvent> All { get { lock (_events) { return _events.ToList(); } } }

    public Task<IReadOnlyList<bool>> AppendAsync(IReadOnlyList<ActivityEvent> events, CancellationToken ct)
    {
        lock (_events)
        {
            var stored = events.Select(e => _keys.Add(EventKey.For(e)) && Add(e)).ToList();
            return Task.FromResult<IReadOnlyList<bool>>(stored);
        }
    }

    public Task<IReadOnlyList<ActivityEvent>> ReadCommunityAsync(string community, DateTimeOffset? since, CancellationToken ct)
    {
        lock (_events)
        {
            return Task.FromResult<IReadOnlyList<ActivityEvent>>(
                _events.Where(e => e.Community == community && (since is null || e.At >= since)).OrderBy(e => e.At).ToList());
        }
    }

    public Task<IReadOnlyList<string>> CommunitiesAsync(CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<string>>(All.Select(e => e.Community).Distinct().ToList());

    public Task<long> CountAsync(string community, CancellationToken ct) => Task.FromResult((long)All.Count(e => e.Community == community));

    public Task<int> DeleteCommunityAsync(string community, CancellationToken ct) => throw new NotSupportedException();

    public Task<int> DeleteMemberAsync(string community, string user, CancellationToken ct) => throw new NotSupportedException();

    public Task<int> PurgeTextBeforeAsync(DateTimeOffset cutoff, CancellationToken ct) => throw new NotSupportedException();

    private bool Add(ActivityEvent e)
    {
        _events.Add(e);
        return true;
    }
}
