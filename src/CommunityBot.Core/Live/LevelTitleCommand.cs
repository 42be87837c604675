using System.Globalization;
using CommunityBot.Core.Admin;
using CommunityBot.Core.Commands;
using CommunityBot.Core.Communities;

namespace CommunityBot.Core.Live;

/// <summary>/leveltitle LEVEL TITLE | remove LEVEL | list: titles members carry from a level on (profiles, boards, level-ups).</summary>
public sealed class LevelTitleCommand(ISettingsStore settings, AdminChange change) : IBotCommand
{
    private const int MaxTitles = 50;
    private const int MaxTitleLength = 32;

    public CommandSpec Spec { get; } = new("leveltitle", "Titles members carry from a level on", MemberRole.Admin,
    [
        new ArgSpec("level", "A level (1-1000), 'remove LEVEL' or 'list'", Required: true),
        new ArgSpec("title", "The title, up to 32 characters") { Rest = true },
    ]);

    public async Task<Reply> ExecuteAsync(CommandInvocation call, CancellationToken ct)
    {
        var current = await settings.GetAsync(call.Community, ct);
        var titles = new Dictionary<int, string>(current.Live.LevelTitles);
        var first = call.Arg(0)?.ToLowerInvariant();
        switch (first)
        {
            case null or "list":
                return Show("Level titles", titles);
            case "remove":
                var level = Level(call.Arg(1));
                if (!titles.Remove(level))
                {
                    throw new CommandUsageException($"Level {level} has no title.");
                }
                break;
            default:
                var at = Level(first);
                var title = MessageTemplate.SafeName(call.Rest(1), "");
                if (title.Length == 0 || title.Length > MaxTitleLength)
                {
                    throw new CommandUsageException($"Give a title of 1 to {MaxTitleLength} characters after the level.");
                }
                if (!titles.ContainsKey(at) && titles.Count >= MaxTitles)
                {
                    throw new CommandUsageException($"At most {MaxTitles} titles; remove one first.");
                }
                titles[at] = title;
                break;
        }
        await change.ApplyAsync(call, current with { Live = current.Live with { LevelTitles = titles } }, "leveltitle " + first, call.Rest(1), ct);
        return Show("Saved", titles);
    }

    private static int Level(string? raw) =>
        int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var level) && level is >= 1 and <= 1000
            ? level
            : throw new CommandUsageException($"A level is a whole number from 1 to 1000, not '{raw}'.");

    private static Reply Show(string title, Dictionary<int, string> titles) =>
        new(titles.Count == 0
            ? "No level titles yet. Add one with /leveltitle 5 Regular."
            : string.Join('\n', titles.OrderBy(t => t.Key).Select(t => string.Create(CultureInfo.InvariantCulture, $"level {t.Key}+: {t.Value}"))))
        {
            Title = title,
            Data = titles.OrderBy(t => t.Key).Select(t => new { level = t.Key, title = t.Value }).ToList(),
        };
}
