using CommunityBot.Core.Commands;
using CommunityBot.Core.Engagement;

namespace CommunityBot.Core.Identity;

/// <summary>
/// /link gives a one-time code; /link CODE on the other platform joins the two accounts, so that in a community that
/// spans a Discord server and a Telegram group (/community join) the member counts once; /link remove splits them.
/// </summary>
public sealed class LinkCommand(IdentityDirectory directory, EngagementScorer scorer) : IBotCommand
{
    public CommandSpec Spec { get; } = new("link", "Count your Discord and Telegram accounts as one member", MemberRole.Member,
        [new ArgSpec("code", "the code /link gave you on the other platform, or remove")]) { Private = true };

    public async Task<Reply> ExecuteAsync(CommandInvocation call, CancellationToken ct)
    {
        var account = new PlatformUser(call.Platform, call.PlatformUser);
        return call.Arg(0)?.ToLowerInvariant() switch
        {
            null => await IssueAsync(call, account, ct),
            "remove" => await RemoveAsync(account, ct),
            _ => await RedeemAsync(call, account, call.Arg(0)!, ct),
        };
    }

    private async Task<Reply> IssueAsync(CommandInvocation call, PlatformUser account, CancellationToken ct)
    {
        var code = await directory.IssueCodeAsync(CodeKind.Member, call.Platform, call.PlatformGroup, call.PlatformUser, ct);
        var linked = directory.LinksOf(account);
        var now = linked.Count == 0 ? "" : $"\nLinked now: {string.Join(", ", linked.Select(a => Names.Of(a.Platform) + " account " + a.User))}.";
        return Private($"Your link code is {code}. Within 10 minutes, send /link {code} to the bot on the other platform "
            + $"(not {Names.Of(call.Platform)}). It works once.{now}", new { link = "code", code, expiresInMinutes = IdentityDirectory.CodeLifetime.TotalMinutes });
    }

    private async Task<Reply> RedeemAsync(CommandInvocation call, PlatformUser account, string typed, CancellationToken ct)
    {
        var (pending, problem) = await directory.RedeemAsync(typed, CodeKind.Member, call.Platform, ct);
        if (pending is null)
        {
            return Reply.Error(problem + " Send /link on the other platform for a new code.");
        }
        var other = new PlatformUser(pending.Platform, pending.User);
        if (directory.LinksOf(account).Any(a => a.Platform == other.Platform) || directory.LinksOf(other).Any(a => a.Platform == account.Platform))
        {
            return Reply.Error("One of these accounts is already linked to another account on that platform. Send /link remove from it first.");
        }
        await directory.LinkAsync(other, account, ct);
        await RescoreAsync(other, account, ct);
        return Private($"Linked your {Names.Of(account.Platform)} account with your {Names.Of(other.Platform)} account. "
            + "In communities that span both, they now count as one member: one place on every board, one profile. /link remove splits them again.",
            new { link = "linked", with = new { platform = other.Platform, user = other.User } });
    }

    private async Task<Reply> RemoveAsync(PlatformUser account, CancellationToken ct)
    {
        var others = directory.LinksOf(account);
        if (others.Count == 0)
        {
            return Private("This account is not linked to any other.", new { link = "none" });
        }
        await directory.UnlinkAsync(account, ct);
        foreach (var other in others)
        {
            await RescoreAsync(account, other, ct);
        }
        return Private($"Unlinked: your {string.Join(" and ", others.Select(a => Names.Of(a.Platform)))} account now counts on its own again.",
            new { link = "removed", count = others.Count });
    }

    /// <summary>Boards and profiles change at once in every community where the two accounts meet.</summary>
    private async Task RescoreAsync(PlatformUser first, PlatformUser second, CancellationToken ct)
    {
        foreach (var community in directory.CommunitiesSpanning(first.Platform, second.Platform))
        {
            await scorer.ScoreCommunityAsync(community, ct);
        }
    }

    private static Reply Private(string text, object data) => new(text) { Title = "Link", Data = data, Ephemeral = true };
}
