using System.Diagnostics;
using CommunityBot.Core.Engagement;
using CommunityBot.Demo;
using CommunityBot.Hosting;

namespace CommunityBot.Bench;

/// <summary>
/// Runs every phase of `communitybot bench` in one process, on fresh database files in a scratch folder, and
/// reports the figures as ratios of one run (the machine may be shared; the ratio is what carries over).
/// </summary>
public sealed class BenchRunner(BenchSize size, string scratchFolder, TextWriter progress, BenchStore store)
{
    public const int RawChunk = 50_000;
    public const int IncrementalEvents = 1_000;
    public const int MaxTwinEvents = 100_000;

    public async Task<BenchReport> RunAsync(CancellationToken ct)
    {
        var end = new DateTimeOffset(DateTimeOffset.UtcNow.UtcTicks / TimeSpan.TicksPerHour * TimeSpan.TicksPerHour, TimeSpan.Zero);
        var topics = SampleCourse.Load(BotPaths.CatalogFile).SelectMany(c => c.Keywords).Distinct(StringComparer.Ordinal).ToList();
        var workload = new BenchWorkload(size, end, topics);
        Directory.CreateDirectory(scratchFolder);

        var raw = await store.MeasureRawAsync(workload, scratchFolder, progress, ct);
        var clock = new BenchClock(end);
        var builder = Host.CreateApplicationBuilder([]);
        builder.Services.AddSingleton<TimeProvider>(clock);
        builder.AddCommunityBot(new BotPaths(Path.Combine(scratchFolder, "pipeline"), null), withAdapters: false, store.Settings());
        using var host = builder.Build();
        await host.StartAsync(ct);
        try
        {
            var ingest = new BenchIngest(host.Services, progress);
            var cpuBefore = CpuSeconds();
            var (stored, ingestSeconds) = await ingest.StoreAllAsync(workload.Events(), size.Events, ct);
            var ingestCpu = CpuSeconds() - cpuBefore;
            cpuBefore = CpuSeconds();
            var phases = new ScoringPhases(host.Services);
            var full = await TimeAsync("full score", () => phases.RunAsync(ct));
            var fullCpu = CpuSeconds() - cpuBefore;
            await TimeAsync("keeping scoring runs (a full score through the score job's path)", () => ScoreAllAsync(host.Services, ct));
            await ingest.StoreAllAsync(workload.MoreEvents(IncrementalEvents), IncrementalEvents, ct);
            clock.Now = end + TimeSpan.FromHours(1);
            var rebuildsBefore = host.Services.GetRequiredService<IncrementalScorer>().Rebuilds;
            var incrementalSeconds = await TimeAsync("incremental score", () => ScoreAllAsync(host.Services, ct));
            var rebuilds = host.Services.GetRequiredService<IncrementalScorer>().Rebuilds - rebuildsBefore;
            progress.WriteLine("recommendations…");
            var recommend = new RecommendPhase(host.Services, progress);
            await recommend.RunAsync(size.Courses, topics, async () =>
            {
                await ingest.StoreAllAsync(workload.MoreEvents(IncrementalEvents, hour: 2), IncrementalEvents, ct);
                clock.Now = end + TimeSpan.FromHours(2);
            }, ct);
            var visible = new VisibleLatencyPhase(host.Services, clock, progress);
            await visible.RunAsync(ct);
            var cards = new CardPhase(progress);
            cards.Run();
            // The bot's own peak: the two extra hosts below are a second and third instance, not this one's memory.
            var peakRss = Math.Round(Process.GetCurrentProcess().PeakWorkingSet64 / 1024.0 / 1024.0, 1);
            var twins = new TwinIngestPhase(store, scratchFolder, progress);
            if (store.IsPostgres)
            {
                await twins.RunAsync([.. workload.MoreEvents(Math.Min(MaxTwinEvents, Math.Max(IncrementalEvents, size.Events / 10)), hour: 3)], ct);
            }
            var ingestRate = stored / ingestSeconds;
            return new BenchReport
            {
                Events = size.Events, Members = size.Members, Courses = size.Courses, Communities = size.Communities,
                Store = store.Provider, RawBaseline = store.RawBaseline,
                IngestEventsPerS = Math.Round(ingestRate), RawBaselinePerS = Math.Round(raw),
                IngestRatio = Math.Round(ingestRate / raw, 3), IngestStored = stored,
                IngestCpuS = Math.Round(ingestCpu, 2), FullScoreCpuS = Math.Round(fullCpu, 2),
                FullScoreS = Math.Round(full, 3), FullScoreReadS = Math.Round(phases.ReadSeconds, 3),
                FullScoreComputeS = Math.Round(phases.ComputeSeconds, 3), FullScoreWriteS = Math.Round(phases.WriteSeconds, 3), IncrementalScoreS = Math.Round(incrementalSeconds, 3), IncrementalEvents = IncrementalEvents,
                IncrementalRebuilds = rebuilds,
                RecommendP50Ms = recommend.P50Ms, RecommendP99Ms = recommend.P99Ms,
                DigestS = Math.Round(recommend.DigestSeconds, 3), RecommendRefreshS = Math.Round(recommend.RefreshSeconds, 3),
                RecommendCatchUpS = Math.Round(recommend.CatchUpSeconds, 3),
                EventToVisibleP50Ms = visible.P50Ms, EventToVisibleP99Ms = visible.P99Ms,
                ProfileCardP50Ms = cards.P50Ms, ProfileCardP99Ms = cards.P99Ms, StatsChartsMs = cards.ChartsMs,
                TwoInstancesEvents = twins.Events, TwoInstancesStored = twins.StoredByBoth,
                TwoInstancesCounted = twins.Counted, TwoInstancesEventsPerS = twins.EventsPerS,
                PeakRssMb = peakRss,
                Cores = Environment.ProcessorCount, Dotnet = Environment.Version.ToString(),
                Configuration = IsOptimized() ? "Release" : "Debug",
                MachineLoadAverage = LoadAverage(),
                Note = "recommend_p50_ms/p99_ms: one member served as /recommend does (model check, the member's profile and score, ranking); "
                    + "recommend_refresh_s: the refresh job building every community's model and profiles from its history; "
                    + "recommend_catch_up_s: every model catching up on 1,000 new events; digest_s: the digest selection over every member of every community; "
                    + "event_to_visible_p50_ms/p99_ms: one message handed to the ingest queue until its author's /profile answers with it counted, in the largest community (text; pictures off); "
                    + "profile_card_p50_ms/p99_ms: drawing one rank card and encoding it as PNG, names in five scripts; "
                    + "stats_charts_ms: the six /stats charts on one PNG (2,000 members, a year of score runs), mean of 5; "
                    + "two_instances_*: PostgreSQL only (null on LiteDB, whose file one process owns): two more bot hosts given the same events at once, "
                    + "two_instances_stored what the two reported storing between them and two_instances_counted the database's new events (both must equal two_instances_events); "
                    + "peak_rss_mb is read before that phase.",
            };
        }
        finally
        {
            await host.StopAsync(CancellationToken.None);
        }
    }

    private static async Task ScoreAllAsync(IServiceProvider services, CancellationToken ct)
    {
        var scorer = services.GetRequiredService<IncrementalScorer>();
        foreach (var community in await services.GetRequiredService<Core.Activity.IActivityStore>().CommunitiesAsync(ct))
        {
            await scorer.ScoreAsync(community, ct);
        }
    }

    private async Task<double> TimeAsync(string phase, Func<Task> work)
    {
        progress.WriteLine($"{phase}…");
        var gc = GcActivity.Now();
        var clock = Stopwatch.StartNew();
        await work();
        var process = Process.GetCurrentProcess();
        progress.WriteLine($"{phase}: {clock.Elapsed.TotalSeconds:0.00} s (memory now {process.WorkingSet64 >> 20:N0} MB, peak {process.PeakWorkingSet64 >> 20:N0} MB, managed heap {GC.GetTotalMemory(false) >> 20:N0} MB; {GcActivity.Now().Since(gc)})");
        return clock.Elapsed.TotalSeconds;
    }

    private static double CpuSeconds() => Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds;

    private static bool IsOptimized() =>
        typeof(BenchRunner).Assembly.GetCustomAttributes(typeof(DebuggableAttribute), false)
            .OfType<DebuggableAttribute>().All(d => !d.IsJITOptimizerDisabled);

    private static double LoadAverage()
    {
        try
        {
            var first = File.ReadAllText("/proc/loadavg").Split(' ')[0];
            return double.Parse(first, System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return -1;
        }
    }
}
