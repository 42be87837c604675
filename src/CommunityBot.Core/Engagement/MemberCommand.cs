using CommunityBot.Core.Commands;
using CommunityBot.Core.Members;

namespace CommunityBot.Core.Engagement;

/// <summary>/member USER: a moderator's view of any member's breakdown, hidden members included.</summary>
public sealed class MemberCommand(MemberResolver members, ProfileCommand profile) : IBotCommand
{
    public CommandSpec Spec { get; } = new("member", "Score breakdown of any member", MemberRole.Moderator,
        [new ArgSpec("user", "The member", ArgKind.User, Required: true)]) { Private = true };

    public async Task<Reply> ExecuteAsync(CommandInvocation call, CancellationToken ct)
    {
        var who = call.Arg(0) ?? throw new CommandUsageException("Name the member.");
        var target = await members.ResolveAsync(call.Community, who, ct)
            ?? throw new CommandUsageException($"No member called '{who}' has activity here.");
        return await profile.RenderAsync(target, call, ct);
    }
}
