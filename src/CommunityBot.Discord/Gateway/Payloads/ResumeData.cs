namespace CommunityBot.Discord.Gateway.Payloads;

internal sealed record ResumeData(string Token, string SessionId, long? Seq);
