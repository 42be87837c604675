using CommunityBot.Core.Admin;
using CommunityBot.Core.Commands;
using CommunityBot.Core.Communities;

namespace CommunityBot.Core.Live;

/// <summary>/levelup show|on|off|channel CHANNEL|template TEXT|reset: how level-ups are announced.</summary>
public sealed class LevelUpCommand(ISettingsStore settings, AdminChange change) : IBotCommand
{
    public CommandSpec Spec { get; } = new("levelup", "Level-up announcements: on/off, channel and message", MemberRole.Admin,
    [
        new ArgSpec("action", "show, on, off, channel, template or reset", Required: true) { Choices = ["show", "on", "off", "channel", "template", "reset"] },
        new ArgSpec("value", "channel id, 'here' or 'none'; or the template with {user} {level} {next} {title}") { Rest = true },
    ]);

    public async Task<Reply> ExecuteAsync(CommandInvocation call, CancellationToken ct)
    {
        var current = await settings.GetAsync(call.Community, ct);
        var action = call.Arg(0)?.ToLowerInvariant();
        var live = current.Live;
        var updated = action switch
        {
            "show" => null,
            "on" => live with { LevelUps = true },
            "off" => live with { LevelUps = false },
            "channel" => live with { LevelUpChannel = LiveChannels.Parse(call) },
            "template" => live with { LevelUpTemplate = MessageTemplate.Validate(call.Rest(1), LevelUpKind.Placeholders) },
            "reset" => live with { LevelUps = true, LevelUpChannel = null, LevelUpTemplate = LiveSettings.DefaultLevelUpTemplate },
            _ => throw new CommandUsageException(action is null ? "Say what to change: on, off, channel, template or reset." : $"Unknown action '{action}'."),
        };
        if (updated is null)
        {
            return Show("Level-up announcements", live);
        }
        await change.ApplyAsync(call, current with { Live = updated }, "levelup " + action, call.Rest(1), ct);
        return Show("Saved", updated);
    }

    private static Reply Show(string title, LiveSettings live) => new(string.Join('\n',
        "announcements: " + (live.LevelUps ? "on" : "off"),
        "channel: " + (live.LevelUpChannel ?? "where the member leveled up"),
        "template: " + live.LevelUpTemplate,
        "example: " + LevelUps.Line(live, new Engagement.MemberTotals { Community = "", User = "example", Name = "Alice", Points = 160 }, 1)))
    {
        Title = title,
        Data = new { on = live.LevelUps, channel = live.LevelUpChannel, template = live.LevelUpTemplate },
    };
}
