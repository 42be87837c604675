using System.CommandLine;
using CommunityBot.Core.Activity;
using CommunityBot.Core.Commands;
using CommunityBot.Core.Communities;
using CommunityBot.Core.Engagement;
using CommunityBot.Core.Leaderboards;
using CommunityBot.Demo;
using CommunityBot.Hosting;
using CommunityBot.Import;
using CommunityBot.Jobs;

namespace CommunityBot.Verbs;

/// <summary>
/// communitybot demo: no tokens needed. Generates the sample community, imports it as "demo" (replacing an earlier
/// demo), runs every job once through Quartz and prints what members, moderators and admins would see.
/// </summary>
public static class DemoVerb
{
    public const string Community = "demo";

    public static Command Create(GlobalOptions global)
    {
        var command = new Command("demo", "Load the bundled sample community, run every job once and print the results");
        command.SetAction((parse, ct) => ToolHost.RunAsync(global.Paths(parse), RunAsync, ct));
        return command;
    }

    private static async Task<int> RunAsync(IServiceProvider services, CancellationToken ct)
    {
        var paths = services.GetRequiredService<BotPaths>();
        await ResetAsync(services, ct);
        var file = Path.Combine(paths.DataFolder, "demo-community.jsonl");
        var lines = new SampleCommunity(SampleCourse.Load(BotPaths.CatalogFile), services.GetRequiredService<TimeProvider>().GetUtcNow()).Generate();
        await File.WriteAllLinesAsync(file, lines, ct);
        Console.WriteLine($"Sample community written to {file} ({lines.Count:N0} events over {SampleCommunity.Days} days)");
        ImportVerb.Print(await services.GetRequiredService<EventImporter>().ImportAsync(file, ImportFormat.Jsonl, Community, Console.Error, ct), Console.Out);

        var runner = services.GetRequiredService<JobRunner>();
        foreach (var (key, _, _) in JobCatalog.All)
        {
            await runner.RunAsync(key, Community, ct);
            Console.WriteLine($"Job {key.Name} ran");
        }
        await PrintAsync(services, ct);
        return ExitCodes.Ok;
    }

    private static async Task ResetAsync(IServiceProvider services, CancellationToken ct)
    {
        await services.GetRequiredService<IActivityStore>().DeleteCommunityAsync(Community, ct);
        await services.GetRequiredService<IScoreStore>().DeleteCommunityAsync(Community, ct);
        await services.GetRequiredService<ISettingsStore>().SaveAsync(
            CommunitySettings.DefaultFor(Community) with { TimeZone = "Europe/Berlin", DigestChannel = "announcements" }, ct);
    }

    private static async Task PrintAsync(IServiceProvider services, CancellationToken ct)
    {
        var dispatcher = services.GetRequiredService<CommandDispatcher>();
        async Task<Reply> Ask(string user, string line, MemberRole role = MemberRole.Member) =>
            await dispatcher.DispatchAsync(new CommandRequest("cli", Community, "cli", user, user, role, line), ct);

        foreach (var line in new[] { "/leaderboard week", "/leaderboard engagement" })
        {
            Section(line, (await Ask("demo-viewer", line)).PlainText);
        }
        Section("/stats (moderator)", (await Ask("demo-moderator", "/stats", MemberRole.Moderator)).Text);
        var top = await services.GetRequiredService<LeaderboardQuery>().RankAsync(Community, LeaderboardPeriod.Engagement,
            services.GetRequiredService<TimeProvider>().GetUtcNow(), ct);
        foreach (var entry in top.Take(3))
        {
            Section($"/profile of #{entry.Rank} {entry.Name} ({entry.User})", (await Ask(entry.User, "/profile")).Text);
        }
        Console.WriteLine();
        Console.WriteLine($"Try: communitybot ask {Community} {(top.Count > 0 ? top[0].User : "u1")} \"/profile\"   or   communitybot ask {Community} admin \"/weights show\" --role admin");
    }

    private static void Section(string title, string body)
    {
        Console.WriteLine();
        Console.WriteLine("== " + title);
        Console.WriteLine(body);
    }
}
