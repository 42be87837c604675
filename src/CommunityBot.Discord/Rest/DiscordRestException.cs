using System.Net;

namespace CommunityBot.Discord.Rest;

/// <summary>Discord answered a REST call with an error after retries; the message carries Discord's error text, never the token.</summary>
internal sealed class DiscordRestException(HttpStatusCode status, string route, string body)
    : Exception($"Discord REST {route} failed with {(int)status} {status}: {body}")
{
    public HttpStatusCode Status { get; } = status;
}
