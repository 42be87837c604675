using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using CommunityBot.Core.Activity;
using CommunityBot.Core.Engagement;

namespace CommunityBot.Core.Identity;

/// <summary>
/// Linked accounts and joined groups, read once and kept in memory (every event and command asks). Nothing stored is
/// rewritten when accounts are linked or unlinked: scoring maps a linked account to its member as it reads
/// (<see cref="For"/>), so /link remove is exact. Only the community of a joined group's events is decided when they
/// are stored (<see cref="Route"/>). In a joined community the member's account on the community's own platform is the
/// one their scores, boards and settings are kept under.
/// </summary>
public sealed class IdentityDirectory(IIdentityStore store, TimeProvider clock) : ICommunityIdentities, IDisposable
{
    public static readonly TimeSpan CodeLifetime = TimeSpan.FromMinutes(10);
    private const string CodeAlphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"; // no 0/O, 1/I/L: codes are typed by hand
    private const int CodeLength = 8;

    private readonly SemaphoreSlim _changes = new(1, 1);
    private readonly Lock _loading = new();
    private Snapshot? _snapshot;
    private int _version;

    private Snapshot Current
    {
        get
        {
            if (Volatile.Read(ref _snapshot) is { } current)
            {
                return current;
            }
            lock (_loading)
            {
                // Only when nothing read it at start (RefreshAsync): once per process, from a synchronous caller (the ingest queue).
                return _snapshot ??= Build(store.LinksAsync(CancellationToken.None).GetAwaiter().GetResult(),
                    store.JoinsAsync(CancellationToken.None).GetAwaiter().GetResult());
            }
        }
    }

    /// <summary>The community a platform's group belongs to: the community it joined, or itself.</summary>
    public string CommunityOf(string platform, string group) =>
        Current.Joins.TryGetValue((platform, group), out var join) ? join.Community : group;

    /// <summary>The event with the community it belongs to (a joined group's events go to the community it joined).</summary>
    public ActivityEvent Route(ActivityEvent e)
    {
        var joins = Current.Joins;
        return joins.Count > 0 && joins.TryGetValue((e.Platform, e.Community), out var join) ? e with { Community = join.Community } : e;
    }

    /// <summary>Where a call from this account in this group acts: the community, and the member the account counts as there.</summary>
    public (string Community, string User) Resolve(string platform, string group, string user)
    {
        var community = CommunityOf(platform, group);
        return (community, For(community).Of(platform, user));
    }

    public MemberIdentities For(string community) => Current.Identities(community);

    /// <summary>Every account whose data is the member's in this community: the member's own and the accounts linked to it.</summary>
    public IReadOnlyList<string> AccountsOf(string community, string member) =>
        [member, .. For(community).Map.Where(m => m.Value == member).Select(m => m.Key.User).Where(u => u != member).Distinct()];

    /// <summary>The group on <paramref name="platform"/> joined to the community, where posts for it on that platform go; null when none.</summary>
    public string? GroupOn(string platform, string community) =>
        Current.JoinedTo.TryGetValue(community, out var joins) ? joins.FirstOrDefault(j => j.Platform == platform)?.Group : null;

    /// <summary>The communities with groups on both platforms, where accounts on the two can count as one member.</summary>
    public IReadOnlyList<string> CommunitiesSpanning(string platform, string other) =>
        Current.JoinedTo.Where(c => c.Value.Any(j => (j.HomePlatform == platform && j.Platform == other) || (j.HomePlatform == other && j.Platform == platform)))
            .Select(c => c.Key).ToList();

    public IReadOnlyList<CommunityJoin> JoinedTo(string community) =>
        Current.JoinedTo.TryGetValue(community, out var joins) ? joins : [];

    public IReadOnlyList<PlatformUser> LinksOf(PlatformUser account) =>
        Current.Links.Where(l => l.Involves(account)).Select(l => l.Other(account)).ToList();

    public async Task<string> IssueCodeAsync(CodeKind kind, string platform, string community, string user, CancellationToken ct)
    {
        var code = RandomNumberGenerator.GetString(CodeAlphabet, CodeLength);
        await store.SaveCodeAsync(new PendingCode(code, kind, platform, community, user, clock.GetUtcNow() + CodeLifetime), ct);
        return code;
    }

    /// <summary>
    /// The code's request, used up; null with the reason when the code is unknown, expired, of the other kind, or
    /// given back on the platform it came from (then it stays valid: the member typed it in the wrong place).
    /// </summary>
    public async Task<(PendingCode? Code, string? Problem)> RedeemAsync(string typed, CodeKind kind, string onPlatform, CancellationToken ct)
    {
        var code = Normalize(typed);
        if (code.Length != CodeLength || await store.TakeCodeAsync(code, ct) is not { } pending || pending.Expires <= clock.GetUtcNow())
        {
            return (null, "That code is unknown, used or expired. Codes work once, for 10 minutes.");
        }
        if (pending.Kind != kind || pending.Platform == onPlatform)
        {
            await store.SaveCodeAsync(pending, ct); // not for this command or this platform: leave it for where it belongs
            return (null, pending.Kind != kind
                ? $"That code is for /{(pending.Kind == CodeKind.Member ? "link" : "community join")}."
                : $"That code came from {Names.Of(onPlatform)}: give it back on the other platform.");
        }
        return (pending, null);
    }

    public Task LinkAsync(PlatformUser first, PlatformUser second, CancellationToken ct) =>
        ChangeAsync(() => store.AddLinkAsync(new MemberLink(first, second, clock.GetUtcNow()), ct), ct);

    public async Task<int> UnlinkAsync(PlatformUser account, CancellationToken ct)
    {
        var removed = 0;
        await ChangeAsync(async () => removed = await store.RemoveLinksAsync(account, ct), ct);
        return removed;
    }

    public Task JoinAsync(CommunityJoin join, CancellationToken ct) => ChangeAsync(() => store.AddJoinAsync(join, ct), ct);

    public async Task<bool> LeaveAsync(string platform, string group, CancellationToken ct)
    {
        var removed = false;
        await ChangeAsync(async () => removed = await store.RemoveJoinAsync(platform, group, ct), ct);
        return removed;
    }

    public void Dispose() => _changes.Dispose();

    /// <summary>
    /// Reads the links and joins (again) and keeps them when nothing is held yet or they differ from what is held:
    /// another instance on the same database linked or joined something. <see cref="IdentityRefresh"/> reads them at
    /// start, before events and commands ask (the synchronous first read would hold one thread per waiting caller,
    /// and on a networked store a burst of callers then starves the thread pool the read itself needs), then every
    /// half minute; the score job reads them before it scores. Unchanged, nothing moves, so kept scoring states stay valid.
    /// </summary>
    public async Task<bool> RefreshAsync(CancellationToken ct)
    {
        await _changes.WaitAsync(ct);
        try
        {
            var links = await store.LinksAsync(ct);
            var joins = await store.JoinsAsync(ct);
            if (Volatile.Read(ref _snapshot) is { } held && held.Holds(links, joins))
            {
                return false;
            }
            Volatile.Write(ref _snapshot, Build(links, joins));
            return true;
        }
        finally
        {
            _changes.Release();
        }
    }

    private async Task ChangeAsync(Func<Task> change, CancellationToken ct)
    {
        await _changes.WaitAsync(ct);
        try
        {
            await change();
            var next = Build(await store.LinksAsync(ct), await store.JoinsAsync(ct));
            Volatile.Write(ref _snapshot, next);
        }
        finally
        {
            _changes.Release();
        }
    }

    private Snapshot Build(IReadOnlyList<MemberLink> links, IReadOnlyList<CommunityJoin> joins) =>
        new(links, joins, Interlocked.Increment(ref _version).ToString(CultureInfo.InvariantCulture));

    private static string Normalize(string typed) =>
        new(typed.Where(char.IsLetterOrDigit).Select(char.ToUpperInvariant).ToArray());

    private sealed class Snapshot(IReadOnlyList<MemberLink> links, IReadOnlyList<CommunityJoin> joins, string version)
    {
        private readonly ConcurrentDictionary<string, MemberIdentities> _identities = new(StringComparer.Ordinal);

        public IReadOnlyList<MemberLink> Links { get; } = links;

        public bool Holds(IReadOnlyList<MemberLink> links, IReadOnlyList<CommunityJoin> joins) =>
            Links.Count == links.Count && Joins.Count == joins.Count && Links.ToHashSet().SetEquals(links) && Joins.Values.ToHashSet().SetEquals(joins);

        public Dictionary<(string Platform, string Group), CommunityJoin> Joins { get; } = joins.ToDictionary(j => (j.Platform, j.Group));

        public Dictionary<string, IReadOnlyList<CommunityJoin>> JoinedTo { get; } = joins.GroupBy(j => j.Community, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<CommunityJoin>)g.ToList(), StringComparer.Ordinal);

        /// <summary>
        /// In a community with joined groups, a joined platform's account linked to an account on the community's own
        /// platform counts as that account. A community without joined groups has one platform: nothing to map.
        /// </summary>
        public MemberIdentities Identities(string community) => !JoinedTo.TryGetValue(community, out var joined)
            ? MemberIdentities.None
            : _identities.GetOrAdd(community, _ =>
            {
                var home = joined[0].HomePlatform;
                var platforms = joined.Select(j => j.Platform).ToHashSet(StringComparer.Ordinal);
                var map = new Dictionary<(string, string), string>();
                foreach (var link in Links)
                {
                    var (own, other) = link.First.Platform == home ? (link.First, link.Second) : (link.Second, link.First);
                    if (own.Platform == home && platforms.Contains(other.Platform))
                    {
                        map[(other.Platform, other.User)] = own.User;
                    }
                }
                return new MemberIdentities(map, map.Count == 0 ? "" : version);
            });
    }
}
