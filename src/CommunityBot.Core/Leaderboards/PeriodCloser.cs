using System.Globalization;
using System.Text;
using CommunityBot.Core.Activity;
using CommunityBot.Core.Commands;
using CommunityBot.Core.Communities;
using CommunityBot.Core.Platform;
using Microsoft.Extensions.Logging;

namespace CommunityBot.Core.Leaderboards;

/// <summary>Freezes the finished week and month of a community and announces the winners where a channel is set.</summary>
public sealed class PeriodCloser(
    LeaderboardQuery boards,
    ILeaderboardArchive archive,
    ISettingsStore settings,
    IActivityStore events,
    ChatPlatforms platforms,
    TimeProvider clock,
    ILogger<PeriodCloser> logger)
{
    public async Task<int> CloseAsync(string community, CancellationToken ct)
    {
        var config = await settings.GetAsync(community, ct);
        var zone = config.ResolveTimeZone();
        var now = clock.GetUtcNow();
        var frozen = 0;
        foreach (var period in new[] { LeaderboardPeriod.Week, LeaderboardPeriod.Month })
        {
            var (first, last) = CalendarPeriods.Previous(period, now, zone);
            // Rank "as of" the last moment of the finished period: points come from its local days only.
            var endOfPeriod = CalendarPeriods.StartOf(last.AddDays(1), zone).AddTicks(-1);
            var ranked = await boards.RankAsync(community, period, endOfPeriod, ct);
            var name = period.ToString().ToLowerInvariant();
            if (await archive.FreezeAsync(community, name, first, last, ranked, ct))
            {
                frozen++;
                await AnnounceAsync(community, config, name, first, last, ranked, ct);
            }
        }
        return frozen;
    }

    private async Task AnnounceAsync(string community, CommunitySettings config, string period, DateOnly first, DateOnly last,
        IReadOnlyList<LeaderboardEntry> ranked, CancellationToken ct)
    {
        var platform = await events.PlatformOfAsync(community, ct);
        if (config.DigestChannel is null || ranked.Count == 0 || platform is null || !platforms.Supports(platform))
        {
            return;
        }
        var text = new StringBuilder(string.Create(CultureInfo.InvariantCulture, $"Winners of the {period} {first:yyyy-MM-dd} to {last:yyyy-MM-dd}:\n"));
        foreach (var e in ranked.Take(3))
        {
            text.Append(CultureInfo.InvariantCulture, $"#{e.Rank} {e.Name} — {e.Score:N0} points\n");
        }
        try
        {
            await platforms.SendAsync(new ChannelRef(platform, community, config.DigestChannel), new Reply(text.ToString().TrimEnd()) { Title = "Winners" }, ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "Announcing the {Period} winners of {Community} failed", period, community);
        }
    }
}
