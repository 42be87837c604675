using System.Globalization;
using CommunityBot.Core.Activity;
using CommunityBot.Core.Commands;
using CommunityBot.Core.Engagement;

namespace CommunityBot.Core.Members;

/// <summary>
/// /privacy hide|delete|on: leave boards and recommendations, erase everything, or come back. Erasing cannot be
/// undone, so /privacy delete only asks; the member confirms with its button or /privacy delete confirm. The button
/// erases the data of whoever presses it, so a confirmation seen by someone else can never erase another member.
/// </summary>
public sealed class PrivacyCommand(IPrivacyStore privacy, IActivityStore events, EngagementScorer scorer, Identity.IdentityDirectory identities)
    : IBotCommand, IButtonHandler
{
    public const string EraseAction = "privacy:erase";

    public string Prefix => "privacy";

    public MemberRole Role => MemberRole.Member;

    public CommandSpec Spec { get; } = new("privacy", "Hide from boards, delete your data, or show again", MemberRole.Member,
        [new ArgSpec("choice", "hide, delete or on", Required: true) { Choices = ["hide", "delete", "on"] },
         new ArgSpec("confirm", "confirm, to erase without asking again")]) { Private = true };

    public async Task<Reply> ExecuteAsync(CommandInvocation call, CancellationToken ct)
    {
        switch (call.Arg(0)?.ToLowerInvariant())
        {
            case "hide":
                await SetAsync(call, PrivacyChoice.Hidden, ct);
                return Done("You are hidden from leaderboards, digests and recommendations. Your data is kept; /privacy on undoes this.", "hidden");
            case "on":
                await SetAsync(call, PrivacyChoice.Visible, ct);
                return Done("You are visible again on leaderboards and can receive recommendations.", "visible");
            case "delete" when call.Arg(1)?.ToLowerInvariant() == "confirm":
                return await EraseAsync(call, ct);
            case "delete":
                return new Reply("This erases everything the bot keeps about you here: your messages and reactions as recorded, "
                    + "your points, level, recommendations and board places, and stops recording you. It cannot be undone. "
                    + "Press the button, or send /privacy delete confirm.")
                {
                    Title = "Privacy", Data = new { privacy = "delete-asked" }, Ephemeral = true,
                    Buttons = [new ReplyButton("Erase my data", EraseAction)],
                };
            default:
                throw new CommandUsageException("Choose hide, delete or on.");
        }
    }

    public async Task<Reply> PressAsync(CommandInvocation call, CancellationToken ct) =>
        call.Arg(0) == "erase" ? await EraseAsync(call, ct) : Reply.Error("That button is no longer valid.");

    private async Task<Reply> EraseAsync(CommandInvocation call, CancellationToken ct)
    {
        await SetAsync(call, PrivacyChoice.Deleted, ct);
        var erased = 0;
        foreach (var account in identities.AccountsOf(call.Community, call.User))
        {
            erased += await events.DeleteMemberAsync(call.Community, account, ct);
        }
        await scorer.ScoreCommunityAsync(call.Community, ct);
        return Done(string.Create(CultureInfo.InvariantCulture,
            $"Erased {erased} stored events, your scores, level, recommendations and board places; nothing more of yours will be captured. /privacy on lets the bot record you again."), "deleted");
    }

    /// <summary>The choice holds for the member's accounts linked to this one as well (capture stops for each).</summary>
    private async Task SetAsync(CommandInvocation call, PrivacyChoice choice, CancellationToken ct)
    {
        foreach (var account in identities.AccountsOf(call.Community, call.User))
        {
            await privacy.SetAsync(call.Community, account, choice, ct);
        }
    }

    private static Reply Done(string text, string state) => new(text) { Title = "Privacy", Data = new { privacy = state }, Ephemeral = true };
}
