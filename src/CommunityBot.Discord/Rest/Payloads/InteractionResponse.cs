namespace CommunityBot.Discord.Rest.Payloads;

/// <summary>Type 4 message, 5 deferred message, 6 deferred update, 7 update message.</summary>
internal sealed record InteractionResponse(int Type, MessageCreate? Data);
