using System.Diagnostics;
using CommunityBot.Core.Activity;
using CommunityBot.Storage.LiteDb;
using LiteDB;

namespace CommunityBot.CrashTest;

/// <summary>What a crash flood found: every update must be stored exactly once (lost and doubled both 0).</summary>
public sealed record CrashFloodReport(int Updates, int Kills, int Stored, int Lost, int Doubled, double Seconds)
{
    public string ToJson() => System.Text.Json.JsonSerializer.Serialize(new
    {
        updates = Updates, kills = Kills, stored = Stored, lost = Lost, doubled = Doubled, seconds = Math.Round(Seconds, 1),
    });
}

/// <summary>
/// A Telegram flood through a real `communitybot run` child process that is SIGKILLed several times mid-ingest and
/// restarted, against a local Bot API on 127.0.0.1 that keeps an update until an offset above it confirms it (as
/// Telegram does). Afterwards the stored message ids are counted: the bot confirms an offset only after the store
/// committed, so nothing may be lost or doubled.
/// </summary>
public sealed class CrashFloodRunner(string dataFolder, TextWriter progress)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    public async Task<CrashFloodReport> RunAsync(int updates, int kills, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        await using var api = await MinimalBotApi.StartAsync();
        for (var id = 1; id <= updates; id++)
        {
            api.Queue(id, FloodUpdates.Message(id));
        }
        var environment = api.BotEnvironment(webhook: false);
        var random = new Random(16);
        var step = Math.Max(1, updates / (kills + 2));
        for (var kill = 1; kill <= kills; kill++)
        {
            await using var bot = BotProcess.Start(dataFolder, environment);
            await bot.WaitForControlFileAsync(dataFolder);
            var before = api.ConfirmedOffset;
            await WaitForAsync(bot, () => api.ConfirmedOffset >= Math.Min(before + step, updates + 1), $"the bot to confirm {step} more updates", ct);
            await Task.Delay(random.Next(0, 400), ct);
            await bot.KillAsync();
            await progress.WriteLineAsync($"  kill {kill}/{kills}: Telegram had confirmed up to update {api.ConfirmedOffset - 1:N0} of {updates:N0}");
        }
        await using (var last = BotProcess.Start(dataFolder, environment))
        {
            await last.WaitForControlFileAsync(dataFolder);
            await WaitForAsync(last, () => api.ConfirmedOffset > updates, "the bot to confirm every update", ct);
            var exit = await last.StopAsync();
            if (exit != 0)
            {
                throw new InvalidOperationException($"the last bot stopped with exit code {exit}: {await last.ErrorsAsync()}");
            }
        }
        var (stored, distinct) = CountMessages(Path.Combine(dataFolder, "communitybot.db"));
        return new CrashFloodReport(updates, kills, stored, updates - distinct, stored - distinct, clock.Elapsed.TotalSeconds);
    }

    private static async Task WaitForAsync(BotProcess bot, Func<bool> condition, string what, CancellationToken ct)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!condition())
        {
            if (bot.HasExited)
            {
                throw new InvalidOperationException($"the bot exited while waiting for {what}: {await bot.ErrorsAsync()}");
            }
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"waited {Patience.TotalSeconds:0} s for {what}");
            }
            await Task.Delay(20, ct);
        }
    }

    private static (int Stored, int Distinct) CountMessages(string databaseFile)
    {
        using var db = new LiteDbContext(databaseFile);
        var messages = db.Events.Find(Query.EQ("k", (int)EventKind.Message)).Select(d => d["m"].AsString).ToList();
        return (messages.Count, messages.Distinct(StringComparer.Ordinal).Count());
    }
}
