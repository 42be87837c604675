using System.Globalization;
using CommunityBot.Core.Communities;
using CommunityBot.Core.Engagement;
using CommunityBot.Core.Members;

namespace CommunityBot.Core.Leaderboards;

/// <summary>
/// Ranks a community's members for a period from the stored scores, caught up first with the events stored since the
/// last score; hidden members are left out.
/// </summary>
public sealed class LeaderboardQuery(LatestScores scores, ISettingsStore settings, IPrivacyStore privacy, ScoreFreshness freshness)
{
    public const int PageSize = 10;

    public async Task<IReadOnlyList<LeaderboardEntry>> RankAsync(string community, LeaderboardPeriod period, DateTimeOffset now, CancellationToken ct) =>
        (await LoadAsync(community, ct)).Rank(period, now);

    /// <summary>One load of the community's scores ranked several ways (e.g. /profile's engagement and points ranks).</summary>
    public async Task<IReadOnlyList<IReadOnlyList<LeaderboardEntry>>> RankAsync(
        string community, IReadOnlyList<LeaderboardPeriod> periods, DateTimeOffset now, CancellationToken ct)
    {
        var board = await LoadAsync(community, ct);
        return periods.Select(p => board.Rank(p, now)).ToList();
    }

    public async Task<LeaderboardPage> PageAsync(string community, LeaderboardPeriod period, int page, string? me, DateTimeOffset now, CancellationToken ct)
    {
        var board = await LoadAsync(community, ct);
        var ranked = board.Rank(period, now);
        var range = board.Range(period, now);
        var pages = Math.Max(1, (ranked.Count + PageSize - 1) / PageSize);
        page = Math.Clamp(page, 1, pages);
        var entries = ranked.Skip((page - 1) * PageSize).Take(PageSize).ToList();
        var around = AroundMe(ranked, entries, me);
        return new LeaderboardPage(period.ToString().ToLowerInvariant(), page, pages, ranked.Count,
            range?.First.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            range?.Last.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), entries, around);
    }

    private async Task<Board> LoadAsync(string community, CancellationToken ct)
    {
        await freshness.EnsureAsync(community, ct);
        var config = await settings.GetAsync(community, ct);
        var hidden = await privacy.OptedOutAsync(community, ct);
        var visible = (await scores.ListAsync(community, ct)).Where(s => !hidden.Contains(s.User)).ToList();
        return new Board(visible, config.ResolveTimeZone(), config.Live);
    }

    /// <summary>The caller and two neighbours either side, when the caller is ranked but not on the page shown.</summary>
    private static List<LeaderboardEntry> AroundMe(IReadOnlyList<LeaderboardEntry> ranked, List<LeaderboardEntry> shown, string? me)
    {
        if (me is null || shown.Any(e => e.User == me))
        {
            return [];
        }
        var index = ranked.ToList().FindIndex(e => e.User == me);
        return index < 0 ? [] : ranked.Skip(Math.Max(0, index - 2)).Take(5).ToList();
    }

    private sealed record Board(List<MemberScore> Scores, TimeZoneInfo Zone, LiveSettings Live)
    {
        public (DateOnly First, DateOnly Last)? Range(LeaderboardPeriod period, DateTimeOffset now) =>
            CalendarPeriods.Range(period, now, Zone);

        public List<LeaderboardEntry> Rank(LeaderboardPeriod period, DateTimeOffset now)
        {
            var range = Range(period, now);
            var rows = Scores
                .Select(s => (Score: s, Value: period == LeaderboardPeriod.Engagement ? s.Engagement
                    : range is { } r ? CalendarPeriods.PointsBetween(s.DailyPoints, r.First, r.Last) : s.Points))
                .Where(x => x.Value > 0)
                .OrderByDescending(x => x.Value)
                .ThenByDescending(x => x.Score.Points)
                .ThenBy(x => x.Score.User, StringComparer.Ordinal)
                .ToList();
            return rows.Select((x, i) => new LeaderboardEntry(i + 1, x.Score.User, x.Score.Name,
                period == LeaderboardPeriod.Engagement ? Math.Round(x.Value, 4) : x.Value,
                x.Score.Points, x.Score.Level, Math.Round(x.Score.Engagement, 4), Live.TitleFor(x.Score.Level))).ToList();
        }
    }
}
