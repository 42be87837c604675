namespace CommunityBot.Discord.Rest.Payloads;

internal sealed record CommandChoice(string Name, string Value);
