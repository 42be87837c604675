namespace CommunityBot.Discord.Gateway.Payloads;

/// <summary>A message's reactions with one emoji, as REST message objects carry them (who reacted is a separate call).</summary>
internal sealed record DiscordReactionCount
{
    public int Count { get; init; }
    public DiscordEmoji? Emoji { get; init; }
}
