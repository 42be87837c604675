using CommunityBot.Core.Commands;

namespace CommunityBot.Core.Leaderboards;

/// <summary>/leaderboard [week|month|all|engagement] [page]: members see the top and where they stand.</summary>
public sealed class LeaderboardCommand(LeaderboardQuery boards, Pictures.ICardRenderer cards) : IBotCommand, IButtonHandler
{
    public CommandSpec Spec { get; } = new("leaderboard", "Top members by points or engagement", MemberRole.Member,
    [
        new ArgSpec("period", "week, month, all or engagement (default week)") { Choices = ["week", "month", "all", "engagement"] },
        new ArgSpec("page", "Page number", ArgKind.Integer),
    ]);

    public string Prefix => "lb";

    public MemberRole Role => MemberRole.Member;

    public Task<Reply> ExecuteAsync(CommandInvocation call, CancellationToken ct) => ShowAsync(call, withCard: true, ct);

    /// <summary>
    /// Paging buttons carry "lb:period:page" and are answered like the command, but as text: paging edits the message
    /// in place, and neither platform adds a picture to a message by editing it.
    /// </summary>
    public Task<Reply> PressAsync(CommandInvocation call, CancellationToken ct) => ShowAsync(call, withCard: false, ct);

    private async Task<Reply> ShowAsync(CommandInvocation call, bool withCard, CancellationToken ct)
    {
        var period = ParsePeriod(call.Arg(0));
        var page = call.Int(1) ?? 1;
        if (page < 1)
        {
            throw new CommandUsageException("The page number starts at 1.");
        }
        var result = await boards.PageAsync(call.Community, period, page, call.User, call.Now, ct);
        var reply = LeaderboardView.Render(result, period);
        return withCard && result.Entries.Count > 0 && cards.LeaderboardCard(result, period, reply.Title!, call.User) is { } card
            ? reply with { Files = [card] }
            : reply;
    }

    /// <summary>week (also when absent), month, all or engagement; anything else is a usage error naming the choices.</summary>
    public static LeaderboardPeriod ParsePeriod(string? raw) => raw?.ToLowerInvariant() switch
    {
        null or "week" => LeaderboardPeriod.Week,
        "month" => LeaderboardPeriod.Month,
        "all" => LeaderboardPeriod.All,
        "engagement" => LeaderboardPeriod.Engagement,
        _ => throw new CommandUsageException($"Unknown period '{raw}': use week, month, all or engagement."),
    };
}
