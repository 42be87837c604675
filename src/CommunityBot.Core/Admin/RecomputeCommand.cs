using System.Globalization;
using CommunityBot.Core.Commands;
using CommunityBot.Core.Engagement;

namespace CommunityBot.Core.Admin;

/// <summary>/recompute: re-score the whole history now (after a weight or setting change), then re-sync level roles.</summary>
public sealed class RecomputeCommand(EngagementScorer scorer, AdminChange change, LevelRoles.LevelRoleSync roles) : IBotCommand
{
    public CommandSpec Spec { get; } = new("recompute", "Recompute every score from the full history now", MemberRole.Admin, []);

    public async Task<Reply> ExecuteAsync(CommandInvocation call, CancellationToken ct)
    {
        var result = await scorer.ScoreCommunityAsync(call.Community, ct);
        await roles.ResyncAllAsync(call.Community, ct); // also mends roles someone changed by hand
        await change.RecordAsync(call, "recompute", string.Create(CultureInfo.InvariantCulture, $"{result.Members.Count} members"), ct);
        return new Reply(string.Create(CultureInfo.InvariantCulture, $"Recomputed the scores of {result.Members.Count} members."))
        {
            Title = "Recompute",
            Data = new { members = result.Members.Count },
        };
    }
}
