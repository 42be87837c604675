using CommunityBot.Core.Commands;

namespace CommunityBot.Telegram.Tests.Harness;

/// <summary>"t_vote:X" answers the presser alone (as feedback on a shared digest does): "Noted X for NAME".</summary>
public sealed class ScriptedVotes : IButtonHandler
{
    public string Prefix => "t_vote";

    public MemberRole Role => MemberRole.Member;

    public Task<Reply> PressAsync(CommandInvocation call, CancellationToken ct) =>
        Task.FromResult(new Reply($"Noted {call.Arg(0)} for {call.UserName}") { Ephemeral = true });
}
