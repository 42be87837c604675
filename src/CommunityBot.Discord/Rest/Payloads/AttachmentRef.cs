namespace CommunityBot.Discord.Rest.Payloads;

/// <summary>Describes files[n] of a multipart request: <see cref="Id"/> is n.</summary>
internal sealed record AttachmentRef(int Id, string Filename);
