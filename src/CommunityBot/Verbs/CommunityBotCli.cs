using System.CommandLine;

namespace CommunityBot.Verbs;

/// <summary>The `communitybot` command line: global options and one sub-command per verb.</summary>
public static class CommunityBotCli
{
    public static RootCommand Create()
    {
        var root = new RootCommand("CommunityBot: engagement scores, leaderboards and course recommendations for Discord and Telegram communities.");
        root.Subcommands.Add(EvalVerb.Create());
        return root;
    }
}
