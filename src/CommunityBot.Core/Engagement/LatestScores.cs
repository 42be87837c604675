using System.Collections.Concurrent;

namespace CommunityBot.Core.Engagement;

/// <summary>
/// Each community's member scores from its latest score run, kept in memory so boards and profiles do not read and
/// materialize every member's stored totals on each call (5,000 documents per /profile in a large community). What
/// is kept is checked against the stored basis on every read, one small document: a run stored by another instance,
/// a restore or a deletion changes or removes its run id, and the stored scores are then read afresh.
/// </summary>
public sealed class LatestScores(IScoreStore scores) : IScoreRunObserver
{
    private readonly ConcurrentDictionary<string, Kept> _kept = new(StringComparer.Ordinal);

    public Task OnScoredAsync(ScoringResult run, CancellationToken ct)
    {
        if (run.Basis.RunId is { } id)
        {
            _kept[run.Basis.Community] = new Kept(id, [.. run.Members]);
        }
        return Task.CompletedTask;
    }

    /// <summary>Every scored member, as <see cref="IScoreStore.ListAsync"/> would read them.</summary>
    public async Task<IReadOnlyList<MemberScore>> ListAsync(string community, CancellationToken ct) =>
        (await CurrentAsync(community, ct))?.Members ?? [];

    public async Task<MemberScore?> GetAsync(string community, string user, CancellationToken ct) =>
        await CurrentAsync(community, ct) is { } kept ? kept.Of(user) : null;

    private async Task<Kept?> CurrentAsync(string community, CancellationToken ct)
    {
        // The basis is read before the totals: a run stored in between then leaves a kept list that no longer
        // matches the stored run id, read again next time, never a stale list filed under the newer id.
        var basis = await scores.BasisAsync(community, ct);
        if (basis is null)
        {
            _kept.TryRemove(community, out _);
            return null;
        }
        if (_kept.TryGetValue(community, out var kept) && kept.RunId == basis.RunId)
        {
            return kept;
        }
        var read = new Kept(basis.RunId, await scores.ListAsync(community, ct));
        if (basis.RunId is not null)
        {
            _kept[community] = read;
        }
        return read;
    }

    private sealed class Kept(string? runId, IReadOnlyList<MemberScore> members)
    {
        private Dictionary<string, MemberScore>? _byUser;

        public string? RunId { get; } = runId;

        public IReadOnlyList<MemberScore> Members { get; } = members;

        public MemberScore? Of(string user)
        {
            // A benign race: two readers may each build the same dictionary.
            _byUser ??= Members.ToDictionary(m => m.User, StringComparer.Ordinal);
            return _byUser.GetValueOrDefault(user);
        }
    }
}
