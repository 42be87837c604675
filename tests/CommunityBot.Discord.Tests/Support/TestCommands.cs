using CommunityBot.Core.Commands;

namespace CommunityBot.Discord.Tests.Support;

/// <summary>Commands for shapes the product's commands do not produce on demand: a user option with free text, slowness, a file.</summary>
public sealed class EchoTestCommand : IBotCommand
{
    public CommandSpec Spec { get; } = new("echo", "Says it back", MemberRole.Member,
        [new ArgSpec("who", "A member", ArgKind.User), new ArgSpec("text", "Text") { Rest = true }]);

    public Task<Reply> ExecuteAsync(CommandInvocation call, CancellationToken ct) =>
        Task.FromResult(new Reply($"{call.Arg(0)} said {call.Rest(1)}"));
}

/// <summary>Blocks until the test opens the <see cref="SlowGate"/>, so the adapter must defer.</summary>
public sealed class SlowTestCommand(SlowGate gate) : IBotCommand
{
    public CommandSpec Spec { get; } = new("slow", "Takes a while", MemberRole.Member, []);

    public async Task<Reply> ExecuteAsync(CommandInvocation call, CancellationToken ct)
    {
        await gate.Open.Task.WaitAsync(ct);
        return new Reply("Finally done.");
    }
}

public sealed class SlowGate
{
    public TaskCompletionSource Open { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}

public sealed class ChartTestCommand : IBotCommand
{
    public CommandSpec Spec { get; } = new("chart", "Draws a chart", MemberRole.Member, []);

    public static ReplyFile Chart { get; } = new("chart.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3, 4]);

    public Task<Reply> ExecuteAsync(CommandInvocation call, CancellationToken ct) =>
        Task.FromResult(new Reply("Activity trend") { Files = [Chart] });
}
