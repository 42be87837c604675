using System.Text.Json;
using CommunityBot.Bench;
using CommunityBot.TestKit;

namespace CommunityBot.Tests;

public sealed class BenchVerbTests : IDisposable
{
    private readonly TempFolder _data = new();

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task Bench_TinyWorkload_PrintsOneJsonObjectAndCleansUp()
    {
        Pictures.CardFonts.Load().Dispose(); // installs them on a fresh machine
        var result = await Cli.RunAsync(_data.Path, "bench", "--events", "3000", "--members", "300", "--courses", "10");
        Assert.True(result.ExitCode == 0, result.Err);
        var json = JsonDocument.Parse(result.Out).RootElement; // the whole of stdout is one object
        Assert.Equal(3000, json.GetProperty("ingest_stored").GetInt64());
        foreach (var field in new[] { "ingest_events_per_s", "raw_baseline_per_s", "ingest_ratio", "full_score_s", "incremental_score_s", "peak_rss_mb" })
        {
            Assert.True(json.GetProperty(field).GetDouble() > 0, field);
        }
        Assert.True(json.GetProperty("recommend_p99_ms").GetDouble() >= json.GetProperty("recommend_p50_ms").GetDouble());
        Assert.Equal(JsonValueKind.Number, json.GetProperty("digest_s").ValueKind);
        Assert.True(json.GetProperty("event_to_visible_p50_ms").GetDouble() > 0);
        Assert.True(json.GetProperty("event_to_visible_p99_ms").GetDouble() >= json.GetProperty("event_to_visible_p50_ms").GetDouble());
        Assert.Contains("event to visible (/profile)", result.Err, StringComparison.Ordinal);
        Assert.True(json.GetProperty("profile_card_p99_ms").GetDouble() >= json.GetProperty("profile_card_p50_ms").GetDouble());
        Assert.True(json.GetProperty("profile_card_p50_ms").GetDouble() > 0);
        Assert.True(json.GetProperty("stats_charts_ms").GetDouble() > 0);
        Assert.False(string.IsNullOrEmpty(json.GetProperty("note").GetString()));
        Assert.Contains("ingest pipeline:", result.Err, StringComparison.Ordinal);
        Assert.Empty(Directory.GetDirectories(_data.Path, "bench-*"));
        Assert.Equal("litedb", json.GetProperty("store").GetString());
        Assert.Equal(JsonValueKind.Null, json.GetProperty("two_instances_stored").ValueKind); // one process owns a LiteDB file
    }

    [Fact]
    public async Task Bench_OnPostgres_SameFiguresPlusTwoInstancesStoringEachEventOnce_AndDropsItsDatabase()
    {
        var server = PostgresServer.CreateDatabase();
        var result = await Cli.RunAsync(_data.Path, "bench", "--events", "3000", "--members", "300", "--courses", "10", "--store", "postgres", "--connection", server);

        Assert.True(result.ExitCode == 0, result.Err);
        var json = JsonDocument.Parse(result.Out).RootElement;
        Assert.Equal("postgres", json.GetProperty("store").GetString());
        Assert.Equal(3000, json.GetProperty("ingest_stored").GetInt64());
        Assert.Contains("binary COPY", json.GetProperty("raw_baseline").GetString(), StringComparison.Ordinal);
        foreach (var field in new[] { "raw_baseline_per_s", "ingest_ratio", "full_score_s", "incremental_score_s", "event_to_visible_p50_ms", "two_instances_events_per_s" })
        {
            Assert.True(json.GetProperty(field).GetDouble() > 0, field);
        }
        var sent = json.GetProperty("two_instances_events").GetInt64();
        Assert.True(sent >= 1000);
        Assert.Equal(sent, json.GetProperty("two_instances_stored").GetInt64()); // nothing doubled…
        Assert.Equal(sent, json.GetProperty("two_instances_counted").GetInt64()); // …and nothing lost
        await using var connection = new Npgsql.NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var left = new Npgsql.NpgsqlCommand("SELECT count(*) FROM pg_database WHERE datname LIKE 'communitybot_bench_%'", connection);
        Assert.Equal(0L, (long)(await left.ExecuteScalarAsync())!);
    }

    [Fact]
    public async Task Bench_PostgresWithoutAServer_RefusedWithUsageExit()
    {
        var result = await Cli.RunAsync(_data.Path, "bench", "--quick", "--store", "postgres");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--store postgres needs --connection", result.Err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bench_NegativeEvents_RefusedWithUsageExit()
    {
        var result = await Cli.RunAsync(_data.Path, "bench", "--events", "-5");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--events", result.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Workload_EnumeratedTwice_SameEventsWithUniqueKeys()
    {
        var workload = new BenchWorkload(new BenchSize(5_000, 12_000, 10), new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero), ["docker", "python"]);
        var first = workload.Events().ToList();
        Assert.Equal(first.Select(Describe), workload.Events().Select(Describe));
        Assert.Equal(first.Count, first.Select(Core.Activity.EventKey.For).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(2, first.Select(e => e.Community).Distinct().Count());
        Assert.True(first.Count(e => e.Kind == Core.Activity.EventKind.Message) > first.Count / 2);
        var perMember = first.GroupBy(e => e.User).Select(g => g.Count()).Order().ToList();
        Assert.True(perMember[^1] > 10 * perMember[perMember.Count / 2], "activity should be heavy-tailed");
    }

    private static string Describe(Core.Activity.ActivityEvent e) =>
        $"{Core.Activity.EventKey.For(e)} {e.User} {e.At:O} {e.Text} {e.ReplyTo} {string.Join(',', e.Mentions)}";
}
