using System.Globalization;
using CommunityBot.Core.Commands;
using CommunityBot.Core.Live;
using CommunityBot.Core.Recommendations;

namespace CommunityBot.Core.Nudges;

/// <summary>The private note: why it came, what the member missed, one course pick, and how to stop it.</summary>
public static class NudgeMessage
{
    private const int SnippetLength = 80;

    public static Reply Render(NudgeReason reason, TimeSpan away, IReadOnlyList<LivelyThread> threads, RecommendationPick? pick, string? link)
    {
        var lines = new List<string>
        {
            reason == NudgeReason.Inactive
                ? string.Create(CultureInfo.InvariantCulture, $"👋 It has been {Math.Max(1, (int)away.TotalDays)} days since you last took part in the community.")
                : "👋 You have been quieter in the community lately.",
        };
        if (threads.Count > 0)
        {
            lines.Add("What people talked about:");
            lines.AddRange(threads.Select(Line));
        }
        else
        {
            lines.Add("It has been quiet: a good moment to start a conversation.");
        }
        if (pick is not null)
        {
            lines.Add($"A course for you: {pick.Course.Title}: {pick.Why}. {link}");
        }
        lines.Add($"You get this because you turned nudges on (at most one every {NudgeRules.MinimumGapDays} days). /nudges off stops them.");
        return new Reply(string.Join('\n', lines)) { Title = "While you were away" };
    }

    private static string Line(LivelyThread t)
    {
        var snippet = MessageTemplate.Snippet(t.RootText, SnippetLength);
        var text = snippet.Length > 0 ? snippet : "(a message)";
        return $"• “{text}” by {MessageTemplate.SafeName(t.RootAuthor, "a member")}: {Count(t.Replies, "reply", "replies")}, {Count(t.Reactions, "reaction", "reactions")}";
    }

    private static string Count(int n, string one, string many) =>
        string.Create(CultureInfo.InvariantCulture, $"{n} {(n == 1 ? one : many)}");
}
