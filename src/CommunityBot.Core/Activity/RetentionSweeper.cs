using CommunityBot.Core.Communities;

namespace CommunityBot.Core.Activity;

/// <summary>Blanks raw message text past the retention window; derived fields (length, mentions, counts) stay.</summary>
public sealed class RetentionSweeper(IActivityStore events, ISettingsStore settings, Engagement.IncrementalScorer scorer, TimeProvider clock)
{
    public async Task<int> SweepAsync(string community, CancellationToken ct)
    {
        var config = await settings.GetAsync(community, ct);
        var cutoff = clock.GetUtcNow() - TimeSpan.FromDays(config.Scoring.RetentionDays);
        var purged = await events.PurgeTextBeforeAsync(community, cutoff, ct);
        if (purged > 0)
        {
            scorer.Forget(community); // texts feed the anti-farming rules: the kept run must see what the store now holds
        }
        return purged;
    }
}
