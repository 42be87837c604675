using System.Collections.Concurrent;
using System.Globalization;
using CommunityBot.Core.Activity;
using CommunityBot.Core.Communities;
using CommunityBot.Core.Live;
using CommunityBot.Core.Platform;
using Microsoft.Extensions.Logging;

namespace CommunityBot.Core.LevelRoles;

/// <summary>
/// Brings the level roles of queued members in line with their levels, a batch per community per run. A refusal
/// (no Manage Roles, a role above the bot's) pauses that community for <see cref="PauseAfterRefusal"/> and is kept
/// for /levelrole list; the members stay queued, so the work resumes where it stopped.
/// </summary>
public sealed partial class LevelRoleSync(
    IRoleSyncQueue queue,
    IMemberLevelStore levels,
    ISettingsStore settings,
    IActivityStore events,
    IEnumerable<IMemberRoles> ports,
    TimeProvider clock,
    ILogger<LevelRoleSync> logger) : IDisposable
{
    public const int BatchSize = 10;
    public static readonly TimeSpan PauseAfterRefusal = TimeSpan.FromMinutes(10);

    private readonly Dictionary<string, IMemberRoles> _ports = ports.ToDictionary(p => p.Platform, StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (string Problem, DateTimeOffset Until)> _problems = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _one = new(1, 1);

    /// <summary>The refusal that paused the community's sync, while it lasts.</summary>
    public string? ProblemOf(string community) =>
        _problems.TryGetValue(community, out var p) && p.Until > clock.GetUtcNow() ? p.Problem : null;

    /// <summary>The community's roles as the platform sees them; null when the platform has no roles port running.</summary>
    public async Task<RoleAccess?> AccessAsync(string platform, string community, CancellationToken ct) =>
        _ports.TryGetValue(platform, out var port) ? await port.AccessAsync(community, ct) : null;

    /// <summary>Pulsed when members are queued, to wake the background sync.</summary>
    public LiveSignal Queued { get; } = new();

    public async Task EnqueueAsync(string community, IReadOnlyCollection<string> users, CancellationToken ct)
    {
        if (users.Count > 0)
        {
            await queue.EnqueueAsync(community, users, ct);
            Queued.Pulse();
        }
    }

    /// <summary>Queues every member with a level, and lifts a pause (after a mapping change, /recompute, /levelrole sync).</summary>
    public async Task ResyncAllAsync(string community, CancellationToken ct)
    {
        _problems.TryRemove(community, out _);
        if (!(await settings.GetAsync(community, ct)).Live.HasLevelRoles)
        {
            return;
        }
        var all = await levels.AllAsync(community, minLevel: 1, ct);
        await EnqueueAsync(community, all.Keys.ToList(), ct);
    }

    /// <summary>Syncs one batch of each community with members waiting; returns how many members were brought in line.</summary>
    public async Task<int> RunOnceAsync(CancellationToken ct)
    {
        await _one.WaitAsync(ct);
        try
        {
            var synced = 0;
            foreach (var community in await queue.CommunitiesAsync(ct))
            {
                if (ProblemOf(community) is null)
                {
                    synced += await SyncBatchAsync(community, ct);
                }
            }
            return synced;
        }
        finally
        {
            _one.Release();
        }
    }

    private async Task<int> SyncBatchAsync(string community, CancellationToken ct)
    {
        var queued = await queue.PeekAsync(community, BatchSize, ct);
        var live = (await settings.GetAsync(community, ct)).Live;
        var platform = await events.PlatformOfAsync(community, ct);
        if (platform is null || !_ports.TryGetValue(platform, out var port) || !live.HasLevelRoles)
        {
            foreach (var member in queued)
            {
                await queue.DoneAsync(community, member, ct); // nothing to hand out here
            }
            return 0;
        }
        var access = await port.AccessAsync(community, ct);
        if (!access.CanManageRoles)
        {
            Pause(community, RoleAccess.MissingManageRoles);
            return 0;
        }
        var manageable = live.LevelRoles.Select(r => r.RoleId).Concat(live.RetiredLevelRoles)
            .Where(id => access.Find(id) is { } role && access.Refusal(role) is null)
            .ToHashSet(StringComparer.Ordinal);
        var mapped = live.LevelRoles.Where(r => manageable.Contains(r.RoleId)).ToList();
        var known = await levels.GetAsync(community, queued.Select(q => q.User).ToList(), ct);
        var synced = 0;
        foreach (var member in queued)
        {
            var user = member.User;
            var has = await port.MemberRolesAsync(community, user, ct);
            if (has is not null)
            {
                var level = known.GetValueOrDefault(user);
                var (add, remove) = LevelRolePlan.Changes(has, LevelRolePlan.Wanted(level, mapped, live.LevelRoleMode), manageable);
                var reason = string.Create(CultureInfo.InvariantCulture, $"CommunityBot: level {level}");
                try
                {
                    foreach (var role in add)
                    {
                        await port.AddAsync(community, user, role, reason, ct);
                    }
                    foreach (var role in remove)
                    {
                        await port.RemoveAsync(community, user, role, reason, ct);
                    }
                }
                catch (RoleChangeRefusedException ex)
                {
                    Pause(community, ex.Message);
                    return synced;
                }
            }
            await queue.DoneAsync(community, member, ct);
            synced++;
        }
        return synced;
    }

    public void Dispose() => _one.Dispose();

    private void Pause(string community, string problem)
    {
        _problems[community] = (problem, clock.GetUtcNow() + PauseAfterRefusal);
        LogPaused(logger, community, problem);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Level roles of community {Community} paused for 10 minutes: {Problem}")]
    private static partial void LogPaused(ILogger logger, string community, string problem);
}
