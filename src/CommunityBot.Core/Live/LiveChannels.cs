using CommunityBot.Core.Commands;

namespace CommunityBot.Core.Live;

/// <summary>The channel argument of the live commands: an id, "here" (the channel the command was typed in) or "none".</summary>
internal static class LiveChannels
{
    public static string? Parse(CommandInvocation call)
    {
        var value = call.Arg(1)?.Trim();
        return value switch
        {
            null or "" => throw new CommandUsageException("Name the channel: its id, 'here' or 'none'."),
            "none" or "off" => null,
            "here" when call.Channel.Length > 0 => call.Channel,
            "here" => throw new CommandUsageException("'here' works in a channel of the community, not in a private chat."),
            _ => value.TrimStart('#', '<').TrimEnd('>'),
        };
    }
}
