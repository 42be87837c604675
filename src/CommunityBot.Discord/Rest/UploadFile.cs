namespace CommunityBot.Discord.Rest;

/// <summary>A file sent as files[n] of a multipart request; held in memory so a retried request can resend it.</summary>
internal sealed record UploadFile(string Name, byte[] Content);
