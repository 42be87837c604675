using System.CommandLine;
using CommunityBot.Core.Activity;
using CommunityBot.Core.Engagement;
using CommunityBot.Jobs;

namespace CommunityBot.Verbs;

/// <summary>communitybot score [--community ID]: runs the score and activity jobs now.</summary>
public static class ScoreVerb
{
    public static Command Create(GlobalOptions global)
    {
        var community = new Option<string?>("--community") { Description = "Only this community (default: all)" };
        var command = new Command("score", "Run the scoring jobs now") { community };
        command.SetAction((parse, ct) => ToolHost.RunAsync(global.Paths(parse), async (services, token) =>
        {
            var only = parse.GetValue(community);
            var communities = only is not null ? [only] : await services.GetRequiredService<IActivityStore>().CommunitiesAsync(token);
            if (communities.Count == 0)
            {
                await Console.Error.WriteLineAsync("Nothing to score: the database has no events yet. Try `communitybot demo` or `communitybot import FILE`.");
                return ExitCodes.Ok;
            }
            var runner = services.GetRequiredService<JobRunner>();
            var scores = services.GetRequiredService<IScoreStore>();
            foreach (var c in communities)
            {
                await runner.RunAsync(ScoreJob.Key, c, token);
                await runner.RunAsync(ActivityJob.Key, c, token);
                var snapshot = (await scores.SnapshotsAsync(c, 1, token))[^1];
                Console.WriteLine($"{c}: {snapshot.Members} members scored, {snapshot.ActiveMembers} active, community activity {snapshot.Activity:0.000}");
            }
            return ExitCodes.Ok;
        }, ct));
        return command;
    }
}
