using System.Diagnostics;
using ActivityEvent = CommunityBot.Core.Activity.ActivityEvent;
using CommunityBot.Core.Activity;
using CommunityBot.Core.Communities;
using CommunityBot.Core.Engagement;

namespace CommunityBot.Bench;

/// <summary>
/// A full score of every community (what <see cref="EngagementScorer.ScoreAllAsync"/> does: one pass over all
/// events, read ahead on a second thread) split into its three costs, so the report says what bounds it: waiting
/// for events (the part of reading that computing could not hide), computing, storing the member totals.
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
        var configs = new Dictionary<string, CommunitySettings>(StringComparer.Ordinal);
        foreach (var community in await events.CommunitiesAsync(ct))
        {
            configs[community] = await settings.GetAsync(community, ct);
        }
        var total = Stopwatch.StartNew();
        var results = calculator.ComputeAll(Timed(ReadAhead.InBackground(events.ReadAllInTimeOrder(), ct: ct)), configs, now);
        ComputeSeconds = total.Elapsed.TotalSeconds - ReadSeconds;
        var clock = Stopwatch.StartNew();
        foreach (var result in results.Values)
        {
            await scores.SaveAsync(result, ct);
        }
        WriteSeconds = clock.Elapsed.TotalSeconds;
    }

    private IEnumerable<ActivityEvent> Timed(IEnumerable<ActivityEvent> events)
    {
        var clock = new Stopwatch();
        using var enumerator = events.GetEnumerator();
        while (true)
        {
            clock.Start();
            var more = enumerator.MoveNext();
            clock.Stop();
            ReadSeconds = clock.Elapsed.TotalSeconds;
            if (!more)
            {
                yield break;
            }
            yield return enumerator.Current;
        }
    }
}
