using System.Security.Cryptography;
using System.Text;

namespace CommunityBot.Core.Dashboard;

/// <summary>
/// Who may see a community's moderator dashboard: /dashboard gives a link that works once, within 15 minutes; opening
/// it starts a browser session for that community alone. Both are 256 random bits; only their SHA-256 is kept
/// (<see cref="IDashboardGrants"/>), a link as "link:" and a session as "session:" so neither passes for the other.
/// </summary>
public sealed class DashboardAccess(IDashboardGrants grants, TimeProvider clock)
{
    public static readonly TimeSpan LinkLifetime = TimeSpan.FromMinutes(15);
    public static readonly TimeSpan SessionLifetime = TimeSpan.FromHours(8);

    public async Task<string> IssueLinkAsync(string community, string user, CancellationToken ct)
    {
        await grants.SweepAsync(clock.GetUtcNow(), ct);
        var token = NewSecret();
        await grants.SaveAsync(new DashboardGrant(IdOf("link", token), community, user, clock.GetUtcNow() + LinkLifetime), ct);
        return token;
    }

    /// <summary>Uses the link up and starts a session; null when the link is unknown, used, expired or for another community.</summary>
    public async Task<string?> RedeemAsync(string token, string community, CancellationToken ct)
    {
        if (await grants.TakeAsync(IdOf("link", token), ct) is not { } grant || grant.Community != community || grant.Expires <= clock.GetUtcNow())
        {
            return null;
        }
        var session = NewSecret();
        await grants.SaveAsync(grant with { Id = IdOf("session", session), Expires = clock.GetUtcNow() + SessionLifetime }, ct);
        return session;
    }

    public async Task<bool> IsValidSessionAsync(string? session, string community, CancellationToken ct) =>
        session is not null && await grants.GetAsync(IdOf("session", session), ct) is { } grant
        && grant.Community == community && grant.Expires > clock.GetUtcNow();

    private static string IdOf(string kind, string secret) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(kind + ":" + secret)));

    private static string NewSecret() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
