using System.Buffers.Text;
using System.Security.Cryptography;
using CommunityBot.Core.Activity;
using CommunityBot.Core.Ingest;
using CommunityBot.Core.Recommendations.Catalog;
using Microsoft.Extensions.Options;

namespace CommunityBot.Core.Recommendations.Clicks;

/// <summary>
/// Makes tracked course links (/r/{token}) and resolves them. The token is 128 random bits: unguessable,
/// and it names no member; the member is only in the stored token record.
/// </summary>
public sealed class ClickLinks(IClickTokenStore tokens, IIngestQueue ingest, IOptions<ClickTrackingOptions> options, TimeProvider clock)
{
    public const string RoutePrefix = "/r/";

    public bool Tracking => !string.IsNullOrWhiteSpace(options.Value.PublicBaseUrl);

    public async Task<string> LinkAsync(string platform, string community, string user, Course course, string source, CancellationToken ct)
    {
        if (!Tracking)
        {
            return course.Url;
        }
        var token = NewToken();
        await tokens.SaveAsync(new ClickToken(token, platform, community, user, course.Id, course.Url, clock.GetUtcNow(), source), ct);
        return options.Value.PublicBaseUrl!.TrimEnd('/') + RoutePrefix + token;
    }

    /// <summary>Records the click (once per token) and gives the course URL; an unknown or expired token records nothing.</summary>
    public async Task<ClickOutcome> ClickAsync(string token, CancellationToken ct)
    {
        if (token.Length is < 16 or > 64 || await tokens.FindAsync(token, ct) is not { } found)
        {
            return ClickOutcome.NotFound;
        }
        if (clock.GetUtcNow() - found.CreatedAt > options.Value.LinkLifetime)
        {
            return ClickOutcome.Gone;
        }
        await ingest.StoreAsync(
        [
            new ActivityEvent
            {
                Kind = EventKind.RecommendationClicked, Platform = found.Platform, Community = found.Community,
                User = found.User, Course = found.Course, At = clock.GetUtcNow(), Nonce = token,
                Detail = found.Source.Length > 0 ? found.Source : null,
            },
        ], ct);
        return new ClickOutcome(WithReference(found.Url, BuyerReference.For(found.Platform, found.User)), Expired: false);
    }

    private string WithReference(string url, string reference)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var parsed))
        {
            return url;
        }
        var builder = new UriBuilder(parsed);
        var pair = Uri.EscapeDataString(options.Value.ReferenceParameter) + "=" + Uri.EscapeDataString(reference);
        builder.Query = builder.Query.Length > 1 ? builder.Query[1..] + "&" + pair : pair;
        return builder.Uri.AbsoluteUri;
    }

    public static string NewToken() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(16));
}
