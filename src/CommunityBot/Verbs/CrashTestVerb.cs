using System.CommandLine;
using CommunityBot.CrashTest;

namespace CommunityBot.Verbs;

/// <summary>
/// communitybot crashtest [--updates N] [--kills K]: floods a local Telegram Bot API through a real `run` child that is
/// SIGKILLed K times, then counts what was stored; prints one JSON object (lost and doubled must be 0).
/// </summary>
public static class CrashTestVerb
{
    public static Command Create(GlobalOptions global)
    {
        var updates = new Option<int>("--updates") { Description = "Telegram updates in the flood", DefaultValueFactory = _ => 6_000 };
        var kills = new Option<int>("--kills") { Description = "SIGKILLs of the bot mid-ingest", DefaultValueFactory = _ => 4 };
        var command = new Command("crashtest", "Flood a local Telegram API while killing the bot K times; prints events lost and doubled (exit 5 unless both are 0)")
        {
            updates, kills,
        };
        command.SetAction(async (parse, ct) =>
        {
            var (n, k) = (parse.GetValue(updates), parse.GetValue(kills));
            if (n < 1 || k < 0)
            {
                await Console.Error.WriteLineAsync("error: --updates must be positive and --kills not negative");
                return ExitCodes.Usage;
            }
            // Its own scratch folder: the flood must never touch a real database.
            var scratch = Path.Combine(global.Paths(parse).DataFolder, "crashtest-" + Guid.NewGuid().ToString("N")[..8]);
            Directory.CreateDirectory(scratch);
            try
            {
                await Console.Error.WriteLineAsync($"crashtest: {n:N0} updates, {k} kills, in {scratch}");
                var report = await new CrashFloodRunner(scratch, Console.Error).RunAsync(n, k, ct);
                Console.WriteLine(report.ToJson());
                return report.Lost == 0 && report.Doubled == 0 ? ExitCodes.Ok : ExitCodes.Failed;
            }
            catch (Exception ex) when (ex is InvalidOperationException or TimeoutException)
            {
                await Console.Error.WriteLineAsync("error: the flood did not finish: " + ex.Message);
                return ExitCodes.Failed;
            }
            finally
            {
                Directory.Delete(scratch, recursive: true);
            }
        });
        return command;
    }
}
