using CommunityBot.Core.Commands;

namespace CommunityBot.Core.Nudges;

/// <summary>/nudges on|off|show: a member's own choice to get a private note when they drift away (off by default).</summary>
public sealed class NudgesCommand(INudgeStore nudges) : IBotCommand
{
    public CommandSpec Spec { get; } = new("nudges", "A private note now and then when you have been away (opt-in)", MemberRole.Member,
        [new ArgSpec("choice", "on, off or show") { Choices = ["on", "off", "show"] }])
    {
        Private = true,
    };

    public async Task<Reply> ExecuteAsync(CommandInvocation call, CancellationToken ct)
    {
        var current = await nudges.GetAsync(call.Community, call.User, ct)
            ?? new NudgeRecord { Community = call.Community, User = call.User };
        switch (call.Arg(0)?.ToLowerInvariant())
        {
            case null or "show":
                return Private(current.OptedIn
                    ? $"Nudges are on: at most one private note every {NudgeRules.MinimumGapDays} days when you have been away. /nudges off stops them."
                    : "Nudges are off. /nudges on: a private note (what you missed, one course pick) when you have been away.");
            case "on":
                await nudges.SaveAsync(current with { OptedIn = true, RefusedAt = null, PeakEngagement = 0 }, ct);
                return Private($"Nudges are on. At most one private note every {NudgeRules.MinimumGapDays} days; /nudges off stops them at once. "
                    + "On Telegram, start a private chat with the bot first, or the note cannot reach you.");
            case "off":
                await nudges.SaveAsync(current with { OptedIn = false }, ct);
                return Private("Nudges are off. You will get no private notes from the bot.");
            case var other:
                throw new CommandUsageException($"Unknown choice '{other}'. Use on, off or show.");
        }
    }

    private static Reply Private(string text) => new(text) { Title = "Nudges", Ephemeral = true };
}
