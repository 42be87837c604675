using CommunityBot.Core.Commands;
using CommunityBot.Core.Communities;
using CommunityBot.Core.Leaderboards;
using CommunityBot.Core.Members;
using CommunityBot.Core.Pictures;

namespace CommunityBot.Core.Engagement;

/// <summary>/profile [user]: score, rank, level and the breakdown of the engagement score, as text and as a rank card.</summary>
public sealed class ProfileCommand(
    MemberResolver members, LatestScores scores, ISettingsStore settings, LeaderboardQuery boards, IPrivacyStore privacy, ScoreFreshness freshness,
    ICardRenderer cards) : IBotCommand
{
    public CommandSpec Spec { get; } = new("profile", "Your points, level, rank and engagement breakdown", MemberRole.Member,
        [new ArgSpec("user", "Another member (default: you)", ArgKind.User)]) { Private = true };

    public async Task<Reply> ExecuteAsync(CommandInvocation call, CancellationToken ct)
    {
        await freshness.EnsureAsync(call.Community, ct);
        var target = call.Arg(0) is { } who
            ? await members.ResolveAsync(call.Community, who, ct) ?? throw new CommandUsageException($"No member called '{who}' has activity here.")
            : await OwnScoreAsync(call, ct);
        if (target is null)
        {
            return new Reply("You have no recorded activity here yet: chat, react and help others to earn points.") { Ephemeral = true };
        }
        if (target.User != call.User && await privacy.GetAsync(call.Community, target.User, ct) != PrivacyChoice.Visible)
        {
            return Reply.Error("That member has chosen to keep their profile private.");
        }
        return await RenderAsync(target, call, ct);
    }

    /// <summary>The caller's score; events stored by an earlier process and never scored are scored first.</summary>
    private async Task<MemberScore?> OwnScoreAsync(CommandInvocation call, CancellationToken ct)
    {
        if (await scores.GetAsync(call.Community, call.User, ct) is { } score)
        {
            return score;
        }
        await freshness.ScoreNowAsync(call.Community, ct);
        return await scores.GetAsync(call.Community, call.User, ct);
    }

    internal async Task<Reply> RenderAsync(MemberScore target, CommandInvocation call, CancellationToken ct)
    {
        var config = await settings.GetAsync(call.Community, ct);
        var (weights, title) = (config.Weights, config.Live.TitleFor(target.Level));
        var ranks = await boards.RankAsync(call.Community, [LeaderboardPeriod.Engagement, LeaderboardPeriod.All], call.Now, ct);
        var (byEngagement, byPoints) = (ranks[0], ranks[1]);
        var rank = byEngagement.FirstOrDefault(e => e.User == target.User)?.Rank ?? 0;
        var pointsRank = byPoints.FirstOrDefault(e => e.User == target.User)?.Rank ?? 0;
        var card = cards.ProfileCard(new ProfileCard(target.User, target.Name, target.Level, title, target.Points,
            LevelCurve.TotalFor(target.Level), LevelCurve.TotalFor(target.Level + 1), target.Engagement, target.Content, target.Interest,
            target.Interaction, weights, rank, byEngagement.Count));
        return new Reply(ProfileView.Text(target, weights, rank, pointsRank, byEngagement.Count, title))
        {
            Title = "Profile",
            Data = ProfileView.Data(target, weights, rank, pointsRank, byEngagement.Count, title),
            Ephemeral = true,
            Files = card is null ? [] : [card],
        };
    }
}
