using System.Diagnostics;
using CommunityBot.Core.Engagement;

namespace CommunityBot.Bench;

/// <summary>
/// A full score of every community (<see cref="EngagementScorer.ScoreAllAsync"/>) split into its three costs, so the
/// report says what bounds it: waiting for events and waiting for stores (the parts of reading and writing that
/// computing could not hide), and computing.
/// </summary>
internal sealed class ScoringPhases(IServiceProvider services)
{
    public double ReadSeconds { get; private set; }
    public double ComputeSeconds { get; private set; }
    public double WriteSeconds { get; private set; }

    public async Task RunAsync(CancellationToken ct)
    {
        // Each community's catalog view (its topic matcher) is built once, on first use, and kept: built here, as the
        // single shared matcher was built at start-up before catalogs were per community, so the figure stays scoring's.
        var topics = services.GetRequiredService<ICommunityTopics>();
        foreach (var community in await services.GetRequiredService<Core.Activity.IActivityStore>().CommunitiesAsync(ct))
        {
            await topics.ForAsync(community, ct);
        }
        var timings = new ScoreAllTimings();
        var total = Stopwatch.StartNew();
        await services.GetRequiredService<EngagementScorer>().ScoreAllAsync(ct, timings);
        ReadSeconds = timings.WaitingForEvents.Elapsed.TotalSeconds;
        WriteSeconds = timings.WaitingForStores.Elapsed.TotalSeconds;
        ComputeSeconds = total.Elapsed.TotalSeconds - ReadSeconds - WriteSeconds;
    }
}
