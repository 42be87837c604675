using System.Globalization;
using CommunityBot.Core.Activity;
using CommunityBot.Core.Commands;
using CommunityBot.Core.Engagement;

namespace CommunityBot.Core.Members;

/// <summary>/privacy hide|delete|on: leave boards and recommendations, erase everything, or come back.</summary>
public sealed class PrivacyCommand(IPrivacyStore privacy, IActivityStore events, EngagementScorer scorer) : IBotCommand
{
    public CommandSpec Spec { get; } = new("privacy", "Hide from boards, delete your data, or show again", MemberRole.Member,
        [new ArgSpec("choice", "hide, delete or on", Required: true) { Choices = ["hide", "delete", "on"] }]) { Private = true };

    public async Task<Reply> ExecuteAsync(CommandInvocation call, CancellationToken ct)
    {
        switch (call.Arg(0)?.ToLowerInvariant())
        {
            case "hide":
                await privacy.SetAsync(call.Community, call.User, PrivacyChoice.Hidden, ct);
                return Done("You are hidden from leaderboards, digests and recommendations. Your data is kept; /privacy on undoes this.", "hidden");
            case "on":
                await privacy.SetAsync(call.Community, call.User, PrivacyChoice.Visible, ct);
                return Done("You are visible again on leaderboards and can receive recommendations.", "visible");
            case "delete":
                await privacy.SetAsync(call.Community, call.User, PrivacyChoice.Deleted, ct);
                var erased = await events.DeleteMemberAsync(call.Community, call.User, ct);
                await scorer.ScoreCommunityAsync(call.Community, ct);
                return Done(string.Create(CultureInfo.InvariantCulture,
                    $"Erased {erased} stored events and your scores; nothing more of yours will be captured. /privacy on lets the bot record you again."), "deleted");
            default:
                throw new CommandUsageException("Choose hide, delete or on.");
        }
    }

    private static Reply Done(string text, string state) => new(text) { Title = "Privacy", Data = new { privacy = state }, Ephemeral = true };
}
