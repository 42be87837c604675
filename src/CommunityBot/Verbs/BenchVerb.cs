using System.CommandLine;
using CommunityBot.Bench;

namespace CommunityBot.Verbs;

/// <summary>
/// communitybot bench [--events N] [--members M] [--courses K] [--quick]: generates a synthetic community network and
/// measures ingest, scoring and memory in one process; prints one JSON object on stdout, progress on stderr.
/// </summary>
public static class BenchVerb
{
    public static Command Create(GlobalOptions global)
    {
        var events = new Option<int?>("--events") { Description = $"Events to generate (default {BenchSize.Full.Events:N0})" };
        var members = new Option<int?>("--members") { Description = $"Members across all communities (default {BenchSize.Full.Members:N0})" };
        var courses = new Option<int?>("--courses") { Description = $"Courses in the catalog (default {BenchSize.Full.Courses:N0})" };
        var quick = new Option<bool>("--quick") { Description = $"Smoke-check size ({BenchSize.Quick.Events:N0} events, {BenchSize.Quick.Members:N0} members)" };
        var command = new Command("bench", "Measure ingest, scoring and memory on a synthetic workload; prints one JSON object")
        {
            events, members, courses, quick,
        };
        command.SetAction(async (parse, ct) =>
        {
            var defaults = parse.GetValue(quick) ? BenchSize.Quick : BenchSize.Full;
            var size = new BenchSize(
                parse.GetValue(events) ?? defaults.Events,
                parse.GetValue(members) ?? defaults.Members,
                parse.GetValue(courses) ?? defaults.Courses);
            if (size.Events < 1 || size.Members < 1 || size.Courses < 0)
            {
                await Console.Error.WriteLineAsync("error: --events and --members must be positive, --courses not negative");
                return ExitCodes.Usage;
            }
            var scratch = Path.Combine(global.Paths(parse).DataFolder, "bench-" + Guid.NewGuid().ToString("N")[..8]);
            try
            {
                var report = await new BenchRunner(size, scratch, Console.Error).RunAsync(ct);
                Console.WriteLine(report.ToJson());
                return ExitCodes.Ok;
            }
            finally
            {
                if (Directory.Exists(scratch))
                {
                    Directory.Delete(scratch, recursive: true);
                }
            }
        });
        return command;
    }
}
