using CommunityBot.Core.Commands;
using CommunityBot.Core.Communities;
using CommunityBot.Core.Engagement;

namespace CommunityBot.Core.Identity;

/// <summary>
/// /community code (an admin, in the community) and /community join CODE (an admin of a group on the other platform)
/// make the group part of the community: its events count there, and accounts linked with /link count once.
/// /community leave splits them again; /community alone says what is joined.
/// </summary>
public sealed class CommunityCommand(IdentityDirectory directory, EngagementScorer scorer, IAuditLog audit) : IBotCommand
{
    private static readonly Dictionary<string, MemberRole> AdminActions = new(StringComparer.Ordinal)
    {
        ["code"] = MemberRole.Admin, ["join"] = MemberRole.Admin, ["leave"] = MemberRole.Admin,
    };

    public CommandSpec Spec { get; } = new("community", "Join a Discord server and a Telegram group into one community", MemberRole.Member,
        [new ArgSpec("action", "code, join or leave") { Choices = ["code", "join", "leave"] },
         new ArgSpec("code", "the code /community code gave in the other community")]) { ActionRoles = AdminActions };

    public async Task<Reply> ExecuteAsync(CommandInvocation call, CancellationToken ct)
    {
        if (call.Arg(0) is not null && call.IsDirectMessage)
        {
            return Reply.Error("Run /community in the server or group itself, not in a private chat.");
        }
        return call.Arg(0)?.ToLowerInvariant() switch
        {
            null => Status(call),
            "code" => await CodeAsync(call, ct),
            "join" => await JoinAsync(call, call.Arg(1) ?? throw new CommandUsageException("Give the code from /community code."), ct),
            "leave" => await LeaveAsync(call, ct),
            var other => throw new CommandUsageException($"Unknown action '{other}'. Choose code, join or leave."),
        };
    }

    private Reply Status(CommandInvocation call)
    {
        if (call.Community != call.PlatformGroup)
        {
            return Done($"This group is part of community {call.Community}: its activity counts there. An admin can split it with /community leave.",
                new { community = call.Community, joined = true });
        }
        var joined = directory.JoinedTo(call.Community);
        return joined.Count == 0
            ? Done("No group from another platform is joined to this community. An admin starts with /community code.", new { community = call.Community, groups = Array.Empty<object>() })
            : Done("Joined to this community: " + string.Join(", ", joined.Select(j => $"{Names.Of(j.Platform)} group {j.Group}")) + ".",
                new { community = call.Community, groups = joined.Select(j => new { platform = j.Platform, group = j.Group }) });
    }

    private async Task<Reply> CodeAsync(CommandInvocation call, CancellationToken ct)
    {
        if (call.Community != call.PlatformGroup)
        {
            return Reply.Error($"This group is itself part of community {call.Community}; ask for the code there.");
        }
        var code = await directory.IssueCodeAsync(CodeKind.Community, call.Platform, call.Community, call.User, ct);
        return new Reply($"Join code {code}. Within 10 minutes, an admin of the group on the other platform sends /community join {code} there. "
            + "From then on its messages, reactions and commands count in this community, and members who /link their accounts count once.")
        {
            Title = "Community", Data = new { community = "code", code }, Ephemeral = true,
        };
    }

    private async Task<Reply> JoinAsync(CommandInvocation call, string typed, CancellationToken ct)
    {
        if (call.Community != call.PlatformGroup)
        {
            return Reply.Error($"This group is already part of community {call.Community}. Send /community leave first.");
        }
        if (directory.JoinedTo(call.PlatformGroup).Count > 0)
        {
            return Reply.Error("Other groups are joined to this one; it cannot join another community as well.");
        }
        var (pending, problem) = await directory.RedeemAsync(typed, CodeKind.Community, call.Platform, ct);
        if (pending is null)
        {
            return Reply.Error(problem + " Ask the other community's admin for a new one with /community code.");
        }
        if (directory.JoinedTo(pending.Community).Any(j => j.Platform == call.Platform))
        {
            return Reply.Error($"Community {pending.Community} already has a {Names.Of(call.Platform)} group joined; it can have one per platform.");
        }
        await directory.JoinAsync(new CommunityJoin(call.Platform, call.PlatformGroup, pending.Platform, pending.Community, call.Now), ct);
        await audit.AppendAsync(new AuditEntry(pending.Community, call.User, "community join",
            $"{call.Platform} group {call.PlatformGroup} joined (code from {pending.User})", call.Now), ct);
        await scorer.ScoreCommunityAsync(pending.Community, ct);
        return Done($"This group is now part of community {pending.Community} on {Names.Of(pending.Platform)}: new messages, reactions and commands here "
            + "count there, and members who /link their accounts count once. What this group recorded before stays on its own.",
            new { community = pending.Community, joined = true });
    }

    private async Task<Reply> LeaveAsync(CommandInvocation call, CancellationToken ct)
    {
        var groups = call.Community != call.PlatformGroup
            ? [new CommunityJoin(call.Platform, call.PlatformGroup, "", call.Community, call.Now)]
            : directory.JoinedTo(call.Community);
        if (groups.Count == 0)
        {
            return Reply.Error("No group is joined to this community; nothing to split.");
        }
        foreach (var group in groups)
        {
            await directory.LeaveAsync(group.Platform, group.Group, ct);
            await audit.AppendAsync(new AuditEntry(call.Community, call.User, "community leave", $"{group.Platform} group {group.Group} split off", call.Now), ct);
        }
        await scorer.ScoreCommunityAsync(call.Community, ct);
        return Done($"Split: {string.Join(", ", groups.Select(g => $"{Names.Of(g.Platform)} group {g.Group}"))} counts on its own again from now on.",
            new { community = call.Community, left = groups.Count });
    }

    private static Reply Done(string text, object data) => new(text) { Title = "Community", Data = data };
}
