using System.CommandLine;

namespace CommunityBot.Verbs;

/// <summary>The `communitybot` command line: global options and one sub-command per verb.</summary>
public static class CommunityBotCli
{
    public static RootCommand Create()
    {
        var global = new GlobalOptions();
        var root = new RootCommand("CommunityBot: engagement scores, leaderboards and course recommendations for Discord and Telegram communities.")
        {
            global.Data,
            global.Config,
            RunVerb.Create(global),
            DemoVerb.Create(global),
            ImportVerb.Create(global),
            ScoreVerb.Create(global),
            AskVerb.Create(global),
            EvalVerb.Create(),
            BackupVerbs.Backup(global),
            BackupVerbs.Restore(global),
            BenchVerb.Create(global),
            CrashTestVerb.Create(global),
            MigrateVerb.Create(global),
        };
        return root;
    }
}
