using CommunityBot.Core.Commands;

namespace CommunityBot.Telegram.Tests.Harness;

/// <summary>A command whose answer the test decides; it echoes who called it with which role unless told otherwise.</summary>
public sealed class ScriptedCommand(string name, MemberRole role, Func<CommandInvocation, Reply>? answer = null) : IBotCommand
{
    public CommandSpec Spec { get; } = new(name, $"Test command for {role}s", role, [new ArgSpec("words", "Anything") { Rest = true }]);

    public Task<Reply> ExecuteAsync(CommandInvocation call, CancellationToken ct) =>
        Task.FromResult(answer?.Invoke(call)
            ?? new Reply($"{call.Name} for {call.UserName} as {call.Role} in {call.Community} dm={call.IsDirectMessage} args={call.Rest(0)}"));
}
