namespace CommunityBot.Discord.Rest.Payloads;

/// <summary>POST /users/@me/channels: opens (or returns the existing) DM channel with a user.</summary>
internal sealed record DmChannelCreate(string RecipientId);
