namespace CommunityBot.Core.Activity;

public static class ActivityStoreExtensions
{
    /// <summary>
    /// The community's stored events that sort after <paramref name="last"/> (all of them when null), read through the
    /// time index: what a kept state did not collect (another process wrote them, or its pending list overflowed).
    /// </summary>
    public static async Task<IReadOnlyList<ActivityEvent>> ReadAfterAsync(this IActivityStore events, string community, ActivityEvent? last, CancellationToken ct)
    {
        if (last is null)
        {
            return await events.ReadCommunityAsync(community, null, ct);
        }
        return (await events.ReadRecentAsync(community, last.At, ct)).Where(e => EventOrder.Instance.Compare(e, last) > 0).ToList();
    }
}
