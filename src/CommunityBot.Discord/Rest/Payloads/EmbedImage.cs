namespace CommunityBot.Discord.Rest.Payloads;

/// <summary>An uploaded file is referenced as "attachment://name".</summary>
internal sealed record EmbedImage(string Url);
