using System.Diagnostics;
using ActivityEvent = CommunityBot.Core.Activity.ActivityEvent;
using CommunityBot.Core.Activity;
using CommunityBot.Core.Communities;
using CommunityBot.Core.Engagement;

namespace CommunityBot.Bench;

/// <summary>
/// A full score of every community (what <see cref="EngagementScorer.ScoreAllAsync"/> does: one pass over all
/// events, read ahead on a second thread; each community stored while the next is finished) split into its three
/// costs, so the report says what bounds it: waiting for events and waiting for stores (the parts of reading and
/// writing that computing could not hide), and computing.
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
        var waitingForSaves = new Stopwatch();
        var saving = Task.CompletedTask;
        foreach (var result in calculator.ComputeAll(Timed(ReadAhead.InBackground(events.ReadAllInTimeOrder(), ct: ct)), configs, now))
        {
            waitingForSaves.Start();
            await saving;
            waitingForSaves.Stop();
            saving = Task.Run(() => scores.SaveAsync(result, ct), ct);
        }
        waitingForSaves.Start();
        await saving;
        waitingForSaves.Stop();
        WriteSeconds = waitingForSaves.Elapsed.TotalSeconds;
        ComputeSeconds = total.Elapsed.TotalSeconds - ReadSeconds - WriteSeconds;
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
