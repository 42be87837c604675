using System.Diagnostics;
using CommunityBot.Core.Activity;
using CommunityBot.Core.Communities;
using CommunityBot.Core.Engagement;

namespace CommunityBot.Bench;

/// <summary>
/// A full score of every community split into its three costs (read events, compute, store scores), so the report
/// says what bounds it. The same calls <see cref="EngagementScorer.ScoreCommunityAsync"/> makes, in the same order.
/// </summary>
internal sealed class ScoringPhases(IServiceProvider services)
{
    public double ReadSeconds { get; private set; }
    public double ComputeSeconds { get; private set; }
    public double WriteSeconds { get; private set; }

    public async Task RunAsync(CancellationToken ct)
    {
        var events = services.GetRequiredService<IActivityStore>();
        var scores = services.GetRequiredService<IScoreStore>();
        var settings = services.GetRequiredService<ISettingsStore>();
        var calculator = services.GetRequiredService<ScoreCalculator>();
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        foreach (var community in await events.CommunitiesAsync(ct))
        {
            var clock = Stopwatch.StartNew();
            var config = await settings.GetAsync(community, ct);
            var history = await events.ReadCommunityAsync(community, null, ct);
            ReadSeconds += clock.Elapsed.TotalSeconds;
            clock.Restart();
            var result = calculator.Compute(community, history, config, now);
            ComputeSeconds += clock.Elapsed.TotalSeconds;
            clock.Restart();
            await scores.SaveAsync(result, ct);
            WriteSeconds += clock.Elapsed.TotalSeconds;
        }
    }
}
