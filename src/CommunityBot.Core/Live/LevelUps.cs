using System.Globalization;
using CommunityBot.Core.Communities;
using CommunityBot.Core.Engagement;
using CommunityBot.Core.Members;
using CommunityBot.Core.Platform;

namespace CommunityBot.Core.Live;

/// <summary>
/// Watches every score run for members whose level rose and announces those who got there by acting live. The last
/// known level of each member is stored, so a level is announced once, across restarts too; the first run of a
/// community in a process only records (whatever happened while the bot was down is not announced late). Every level
/// change, announced or not, queues the member's level roles for a sync.
/// </summary>
public sealed class LevelUps(
    IMemberLevelStore levels, ISettingsStore settings, IPrivacyStore privacy, LiveActors actors, AnnouncementOutbox outbox, LevelRoles.LevelRoleSync roles)
    : IScoreRunObserver
{
    private readonly Lock _gate = new();
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);

    public async Task OnScoredAsync(ScoringResult run, CancellationToken ct)
    {
        var community = run.Basis.Community;
        bool baseline;
        lock (_gate)
        {
            baseline = _seen.Add(community);
        }
        if (run.Changed.Count == 0)
        {
            return;
        }
        var now = run.Changed.ToDictionary(t => t.User, t => (Totals: t, Level: LevelCurve.LevelOf(t.Points)), StringComparer.Ordinal);
        var known = await levels.GetAsync(community, now.Keys, ct);
        var updates = new Dictionary<string, int>(StringComparer.Ordinal);
        var risen = new List<(MemberTotals Totals, int Level, ChannelRef Where)>();
        foreach (var (user, (totals, level)) in now)
        {
            var acted = actors.Take(community, user); // this run counts the member's live events, crossing or not
            var had = known.TryGetValue(user, out var was);
            if (had && was == level)
            {
                continue;
            }
            updates[user] = level;
            if (!baseline && level > (had ? was : 0) && acted is { } where)
            {
                risen.Add((totals, level, where));
            }
        }
        await levels.SaveAsync(community, updates, ct);
        if (updates.Count == 0 && risen.Count == 0)
        {
            return;
        }
        var live = (await settings.GetAsync(community, ct)).Live;
        if (updates.Count > 0 && live.HasLevelRoles)
        {
            await roles.EnqueueAsync(community, updates.Keys, ct); // every change, silent ones too (/xp adjust, /recompute)
        }
        if (risen.Count > 0)
        {
            await AnnounceAsync(community, live, risen, ct);
        }
    }

    private async Task AnnounceAsync(string community, LiveSettings live, List<(MemberTotals Totals, int Level, ChannelRef Where)> risen, CancellationToken ct)
    {
        if (!live.LevelUps)
        {
            return;
        }
        var hidden = await privacy.OptedOutAsync(community, ct);
        foreach (var (totals, level, where) in risen.Where(r => !hidden.Contains(r.Totals.User)))
        {
            var to = live.LevelUpChannel is { } channel ? where with { Channel = channel } : where;
            outbox.Post(to, LevelUpKind.Instance, new Announcement(Line(live, totals, level)));
        }
    }

    internal static string Line(LiveSettings live, MemberTotals totals, int level)
    {
        var title = live.TitleFor(level);
        return MessageTemplate.Render(live.LevelUpTemplate, new Dictionary<string, string>
        {
            ["user"] = MessageTemplate.SafeName(totals.Name, totals.User),
            ["level"] = level.ToString(CultureInfo.InvariantCulture),
            ["next"] = (LevelCurve.TotalFor(level + 1) - totals.Points).ToString("N0", CultureInfo.InvariantCulture),
            ["title"] = title is null ? "" : " (" + MessageTemplate.SafeName(title, "") + ")",
        });
    }
}
