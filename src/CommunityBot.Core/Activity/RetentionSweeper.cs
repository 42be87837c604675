using CommunityBot.Core.Communities;

namespace CommunityBot.Core.Activity;

/// <summary>Blanks raw message text past the retention window; derived fields (length, mentions, counts) stay.</summary>
public sealed class RetentionSweeper(IActivityStore events, ISettingsStore settings, TimeProvider clock)
{
    public async Task<int> SweepAsync(string community, CancellationToken ct)
    {
        var config = await settings.GetAsync(community, ct);
        var cutoff = clock.GetUtcNow() - TimeSpan.FromDays(config.Scoring.RetentionDays);
        return await events.PurgeTextBeforeAsync(community, cutoff, ct);
    }
}
