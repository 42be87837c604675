using System.Globalization;
using CommunityBot.Core.Admin;
using CommunityBot.Core.Commands;
using CommunityBot.Core.Communities;
using CommunityBot.Core.Live;

namespace CommunityBot.Core.Challenges;

/// <summary>
/// /challenge [board] for everyone; for admins: add TEXT [topic:NAME], list, remove N, channel CHANNEL|here|none,
/// bonus N, days N, start (post the next challenge now).
/// </summary>
public sealed class ChallengeCommand(ISettingsStore settings, IChallengeStore challenges, ChallengeService service, AdminChange change) : IBotCommand
{
    private const int MaxQueued = 20;
    private const int MaxPromptLength = 300;
    private static readonly string[] AdminActions = ["add", "list", "remove", "channel", "bonus", "days", "start"];

    public CommandSpec Spec { get; } = new("challenge", "The weekly challenge: who leads, and (admins) its prompts and settings", MemberRole.Member,
    [
        new ArgSpec("action", "board (default); admins: add, list, remove, channel, bonus, days, start") { Choices = ["board", .. AdminActions] },
        new ArgSpec("value", "the prompt (add, optionally with topic:NAME), a number (remove, bonus, days) or a channel") { Rest = true },
    ])
    {
        ActionRoles = AdminActions.ToDictionary(a => a, _ => MemberRole.Admin),
    };

    public async Task<Reply> ExecuteAsync(CommandInvocation call, CancellationToken ct)
    {
        var action = call.Arg(0)?.ToLowerInvariant() ?? "board";
        if (action == "board")
        {
            return await BoardAsync(call, ct);
        }
        if (!AdminActions.Contains(action))
        {
            throw new CommandUsageException($"Unknown action '{action}'. Use board, or (admins) {string.Join(", ", AdminActions)}.");
        }
        var current = await settings.GetAsync(call.Community, ct);
        var live = current.Live;
        if (action == "list")
        {
            return Show("Challenge settings", live);
        }
        if (action == "start")
        {
            var started = await service.StartAsync(call.Community, ct)
                ?? throw new CommandUsageException(live.ChallengeChannel is null
                    ? "Set a channel first: /challenge channel here."
                    : "Nothing to post: queue a prompt with /challenge add TEXT, or add courses with tags to the catalog.");
            return new Reply($"Posted: {started.Text}") { Title = "Challenge started" };
        }
        var value = call.Rest(1).Trim();
        var updated = action switch
        {
            "add" => live with { ChallengeQueue = [.. live.ChallengeQueue, Prompt(value, live.ChallengeQueue.Count)] },
            "remove" => live with { ChallengeQueue = Remove(live.ChallengeQueue, value) },
            "channel" => live with { ChallengeChannel = LiveChannels.Parse(call) },
            "bonus" => live with { ChallengeBonus = Number("bonus", value, 0, 1_000) },
            _ => live with { ChallengeDays = Number("days", value, 1, 31) },
        };
        await change.ApplyAsync(call, current with { Live = updated }, "challenge " + action, value, ct);
        return Show("Saved", updated);
    }

    private async Task<Reply> BoardAsync(CommandInvocation call, CancellationToken ct)
    {
        if (await challenges.LatestAsync(call.Community, ct) is not { } challenge)
        {
            return new Reply("No challenge has run here yet.") { Title = "Challenge" };
        }
        var state = challenge.IsRunning(call.Now) ? string.Create(CultureInfo.InvariantCulture, $"runs until {challenge.EndsAt:yyyy-MM-dd HH:mm} UTC") : "ended";
        return new Reply($"“{challenge.Text}” ({state})\n{ChallengeService.BoardText(challenge)}")
        {
            Title = "Challenge board",
            Data = ChallengeBoard.Rank(challenge).Select(r => new { rank = r.Rank, user = r.User, replies = r.Replies }).ToList(),
        };
    }

    private static ChallengePrompt Prompt(string value, int queued)
    {
        if (queued >= MaxQueued)
        {
            throw new CommandUsageException($"At most {MaxQueued} prompts can wait; remove one first.");
        }
        var words = value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var topic = words.FirstOrDefault(w => w.StartsWith("topic:", StringComparison.OrdinalIgnoreCase))?["topic:".Length..];
        var text = MessageTemplate.Snippet(string.Join(' ', words.Where(w => !w.StartsWith("topic:", StringComparison.OrdinalIgnoreCase))), MaxPromptLength + 1);
        return text.Length switch
        {
            0 => throw new CommandUsageException("Give the prompt after add, e.g. /challenge add Share your docker setup topic:docker"),
            > MaxPromptLength => throw new CommandUsageException($"A prompt has at most {MaxPromptLength} characters."),
            _ => new ChallengePrompt(text, string.IsNullOrWhiteSpace(topic) ? null : MessageTemplate.Snippet(topic, 40)),
        };
    }

    private static List<ChallengePrompt> Remove(IReadOnlyList<ChallengePrompt> queue, string value)
    {
        var n = Number("remove", value, 1, Math.Max(1, queue.Count));
        if (queue.Count == 0)
        {
            throw new CommandUsageException("No prompt is queued.");
        }
        return queue.Where((_, i) => i != n - 1).ToList();
    }

    private static int Number(string key, string value, int min, int max) =>
        int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max
            ? n
            : throw new CommandUsageException($"{key} takes a whole number from {min} to {max}, not '{value}'.");

    private static Reply Show(string title, LiveSettings live) => new(string.Join('\n', new[]
        {
            "channel: " + (live.ChallengeChannel ?? "(none: challenges are off; /challenge channel here)"),
            string.Create(CultureInfo.InvariantCulture, $"bonus: {live.ChallengeBonus} points a reply (up to {ChallengeService.MaxCreditedPerMember} each), runs {live.ChallengeDays} days"),
            live.ChallengeQueue.Count == 0 ? "queued prompts: none (a topic from the catalog is picked)" : "queued prompts:",
        }.Concat(live.ChallengeQueue.Select((p, i) => string.Create(CultureInfo.InvariantCulture, $"{i + 1}. {p.Text}{(p.Topic is null ? "" : " [" + p.Topic + "]")}")))))
    {
        Title = title,
    };
}
