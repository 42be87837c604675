using System.Globalization;
using CommunityBot.Core.Activity;
using CommunityBot.Core.Commands;
using CommunityBot.Core.Engagement;
using CommunityBot.Core.Ingest;
using CommunityBot.Core.Members;

namespace CommunityBot.Core.Admin;

/// <summary>/xp adjust USER N REASON: an audited points correction, stored as an event so recomputes keep it.</summary>
public sealed class XpCommand(MemberResolver members, IIngestQueue ingest, EngagementScorer scorer, AdminChange change) : IBotCommand
{
    public const int Limit = 100_000;

    public CommandSpec Spec { get; } = new("xp", "Adjust a member's points (audited)", MemberRole.Admin,
    [
        new ArgSpec("action", "adjust", Required: true) { Choices = ["adjust"] },
        new ArgSpec("user", "The member", ArgKind.User, Required: true),
        new ArgSpec("points", "Points to add (negative to remove)", ArgKind.Integer, Required: true),
        new ArgSpec("reason", "Why (kept in the audit log)", Required: true) { Rest = true },
    ]);

    public async Task<Reply> ExecuteAsync(CommandInvocation call, CancellationToken ct)
    {
        if (call.Arg(0)?.ToLowerInvariant() != "adjust")
        {
            throw new CommandUsageException("The only action is 'adjust'.");
        }
        var who = call.Arg(1) ?? throw new CommandUsageException("Name the member.");
        var points = call.Int(2) ?? throw new CommandUsageException("Give the number of points.");
        if (points == 0 || Math.Abs(points) > Limit)
        {
            throw new CommandUsageException($"Points must be non-zero and at most {Limit:N0} either way.");
        }
        var reason = call.Rest(3);
        if (reason.Length == 0)
        {
            throw new CommandUsageException("Give a reason; it goes to the audit log.");
        }
        var target = await members.ResolveAsync(call.Community, who, ct) ?? throw new CommandUsageException($"No member called '{who}' has activity here.");
        var stored = await ingest.StoreAsync([new ActivityEvent
        {
            Kind = EventKind.XpAdjusted, Platform = call.Platform, Community = call.Community, User = target.User,
            At = call.Now, Value = points, Detail = reason, Nonce = call.EventNonce + ":" + call.User,
        }], ct);
        if (stored.Stored == 0)
        {
            return new Reply($"{target.Name}: this adjustment was already applied (the platform delivered the command again); nothing changed.");
        }
        await change.RecordAsync(call, "xp adjust", string.Create(CultureInfo.InvariantCulture, $"{target.User} {points:+#;-#} ({reason})"), ct);
        var rescored = await scorer.ScoreCommunityAsync(call.Community, ct);
        var now = rescored.Members.First(m => m.User == target.User);
        return new Reply(string.Create(CultureInfo.InvariantCulture, $"{target.Name}: {points:+#;-#} points ({reason}). Now {now.Points:N0} points, level {now.Level}."))
        {
            Title = "XP adjusted",
            Data = new { user = target.User, adjustment = points, points = now.Points, level = now.Level },
        };
    }
}
