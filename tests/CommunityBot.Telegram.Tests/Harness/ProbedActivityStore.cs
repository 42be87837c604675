using CommunityBot.Core.Activity;

namespace CommunityBot.Telegram.Tests.Harness;

/// <summary>The real store with a <see cref="StoreProbe"/> around its writes.</summary>
public sealed class ProbedActivityStore(IActivityStore inner, StoreProbe probe) : IActivityStore
{
    public async Task<IReadOnlyList<bool>> AppendAsync(IReadOnlyList<ActivityEvent> events, CancellationToken ct)
    {
        probe.BeforeAppend?.Invoke();
        var stored = await inner.AppendAsync(events, ct);
        probe.Record(events, stored);
        probe.AfterAppend?.Invoke();
        return stored;
    }

    public Task<IReadOnlyList<ActivityEvent>> ReadCommunityAsync(string community, DateTimeOffset? since, CancellationToken ct) =>
        inner.ReadCommunityAsync(community, since, ct);

    public IAsyncEnumerable<ActivityEvent> StreamCommunityAsync(string community, CancellationToken ct) => inner.StreamCommunityAsync(community, ct);

    public Task<IReadOnlyList<ActivityEvent>> ReadAboutMessagesAsync(
        string community, IReadOnlyCollection<string> messageIds, IReadOnlyCollection<string> reactionsTo, CancellationToken ct) =>
        inner.ReadAboutMessagesAsync(community, messageIds, reactionsTo, ct);

    public Task<IReadOnlyList<ActivityEvent>> ReadRecentAsync(string community, DateTimeOffset since, CancellationToken ct) =>
        inner.ReadRecentAsync(community, since, ct);

    public IEnumerable<ActivityEvent> ReadAllInTimeOrder() => inner.ReadAllInTimeOrder();

    public Task<DateTimeOffset?> FirstEventAtAsync(string community, CancellationToken ct) => inner.FirstEventAtAsync(community, ct);

    public Task<DateTimeOffset?> LastMessageAtAsync(string community, string platform, DateTimeOffset notBefore, CancellationToken ct) =>
        inner.LastMessageAtAsync(community, platform, notBefore, ct);

    public Task<string?> PlatformOfAsync(string community, CancellationToken ct) => inner.PlatformOfAsync(community, ct);

    public Task<IReadOnlyList<string>> CommunitiesAsync(CancellationToken ct) => inner.CommunitiesAsync(ct);

    public Task<long> CountAsync(string community, CancellationToken ct) => inner.CountAsync(community, ct);

    public Task<int> DeleteCommunityAsync(string community, CancellationToken ct) => inner.DeleteCommunityAsync(community, ct);

    public Task<int> DeleteMemberAsync(string community, string user, CancellationToken ct) => inner.DeleteMemberAsync(community, user, ct);

    public Task<int> PurgeTextBeforeAsync(string community, DateTimeOffset cutoff, CancellationToken ct) =>
        inner.PurgeTextBeforeAsync(community, cutoff, ct);
}
