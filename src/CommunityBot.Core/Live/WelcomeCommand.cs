using CommunityBot.Core.Admin;
using CommunityBot.Core.Commands;
using CommunityBot.Core.Communities;

namespace CommunityBot.Core.Live;

/// <summary>/welcome show|channel CHANNEL|template TEXT|off|reset: welcoming newcomers (off until a channel is set).</summary>
public sealed class WelcomeCommand(ISettingsStore settings, AdminChange change) : IBotCommand
{
    public CommandSpec Spec { get; } = new("welcome", "Welcome newcomers: channel and message", MemberRole.Admin,
    [
        new ArgSpec("action", "show, channel, template, off or reset", Required: true) { Choices = ["show", "channel", "template", "off", "reset"] },
        new ArgSpec("value", "channel id, 'here' or 'none'; or the template with {user}") { Rest = true },
    ]);

    public async Task<Reply> ExecuteAsync(CommandInvocation call, CancellationToken ct)
    {
        var current = await settings.GetAsync(call.Community, ct);
        var action = call.Arg(0)?.ToLowerInvariant();
        var live = current.Live;
        var updated = action switch
        {
            "show" => null,
            "channel" => live with { WelcomeChannel = LiveChannels.Parse(call) },
            "template" => live with { WelcomeTemplate = MessageTemplate.Validate(call.Rest(1), WelcomeKind.Placeholders) },
            "off" => live with { WelcomeChannel = null },
            "reset" => live with { WelcomeChannel = null, WelcomeTemplate = LiveSettings.DefaultWelcomeTemplate },
            _ => throw new CommandUsageException(action is null ? "Say what to change: channel, template, off or reset." : $"Unknown action '{action}'."),
        };
        if (updated is null)
        {
            return Show("Welcomes", live);
        }
        await change.ApplyAsync(call, current with { Live = updated }, "welcome " + action, call.Rest(1), ct);
        return Show("Saved", updated);
    }

    private static Reply Show(string title, LiveSettings live) => new(string.Join('\n',
        "welcomes: " + (live.WelcomeChannel is { } channel ? "on, in channel " + channel : "off (set a channel: /welcome channel here)"),
        "template: " + live.WelcomeTemplate))
    {
        Title = title,
        Data = new { channel = live.WelcomeChannel, template = live.WelcomeTemplate },
    };
}
