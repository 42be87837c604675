using CommunityBot.Core.Commands;

namespace CommunityBot.Discord.Tests.Support;

/// <summary>Small commands covering each shape the adapter must carry: roles, private replies, buttons, files, slowness.</summary>
public sealed class ProfileTestCommand : IBotCommand
{
    public CommandSpec Spec { get; } = new("profile", "Your score and rank", MemberRole.Member, []) { Private = true };

    public Task<Reply> ExecuteAsync(CommandInvocation call, CancellationToken ct) =>
        Task.FromResult(new Reply($"{call.UserName}: 42 points, role {call.Role}") { Title = "Profile", Ephemeral = true });
}

public sealed class LeaderboardTestCommand : IBotCommand
{
    public CommandSpec Spec { get; } = new("leaderboard", "Top members", MemberRole.Moderator,
        [new ArgSpec("period", "Which board") { Choices = ["week", "month", "all"] }, new ArgSpec("page", "Page", ArgKind.Integer)]);

    public Task<Reply> ExecuteAsync(CommandInvocation call, CancellationToken ct) =>
        Task.FromResult(Page(call.Arg(0) ?? "week", call.Int(1) ?? 1));

    public static Reply Page(string period, int page) => new($"{period} page {page}")
    {
        Title = "Leaderboard",
        Buttons = [new ReplyButton("◀", $"lb:{period}:{Math.Max(1, page - 1)}"), new ReplyButton("▶", $"lb:{period}:{page + 1}")],
    };
}

public sealed class LeaderboardPager : IButtonHandler
{
    public string Prefix => "lb";

    public MemberRole Role => MemberRole.Moderator;

    public Task<Reply> PressAsync(CommandInvocation call, CancellationToken ct) =>
        Task.FromResult(LeaderboardTestCommand.Page(call.Arg(0)!, call.Int(1)!.Value));
}

public sealed class RecomputeTestCommand : IBotCommand
{
    public CommandSpec Spec { get; } = new("recompute", "Recompute scores", MemberRole.Admin, []);

    public Task<Reply> ExecuteAsync(CommandInvocation call, CancellationToken ct) => Task.FromResult(new Reply("Recomputed."));
}

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

    public static string ChartPath { get; } = CreateChart();

    public Task<Reply> ExecuteAsync(CommandInvocation call, CancellationToken ct) =>
        Task.FromResult(new Reply("Activity trend") { Attachments = [ChartPath] });

    private static string CreateChart()
    {
        var path = Path.Combine(Path.GetTempPath(), $"chart-{Guid.NewGuid():N}.png");
        File.WriteAllBytes(path, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3, 4]);
        return path;
    }
}
