using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace CommunityBot.Core.Dashboard;

/// <summary>
/// Who may see a community's moderator dashboard: /dashboard gives a link that works once, within 15 minutes; opening
/// it starts a browser session for that community alone. Both are 256 random bits, kept in this process only (a
/// restart signs everyone out; ask /dashboard again).
/// </summary>
public sealed class DashboardAccess(TimeProvider clock)
{
    public static readonly TimeSpan LinkLifetime = TimeSpan.FromMinutes(15);
    public static readonly TimeSpan SessionLifetime = TimeSpan.FromHours(8);

    private readonly ConcurrentDictionary<string, Grant> _links = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Grant> _sessions = new(StringComparer.Ordinal);

    public string IssueLink(string community, string user)
    {
        Sweep();
        var token = NewSecret();
        _links[token] = new Grant(community, user, clock.GetUtcNow() + LinkLifetime);
        return token;
    }

    /// <summary>Uses the link up and starts a session; null when the link is unknown, used, expired or for another community.</summary>
    public string? Redeem(string token, string community)
    {
        if (!_links.TryRemove(token, out var grant) || grant.Community != community || grant.Expires <= clock.GetUtcNow())
        {
            return null;
        }
        var session = NewSecret();
        _sessions[session] = grant with { Expires = clock.GetUtcNow() + SessionLifetime };
        return session;
    }

    public bool IsValidSession(string? session, string community) =>
        session is not null && _sessions.TryGetValue(session, out var grant) && grant.Community == community && grant.Expires > clock.GetUtcNow();

    private void Sweep()
    {
        var now = clock.GetUtcNow();
        foreach (var (key, grant) in _links.Where(l => l.Value.Expires <= now).ToList())
        {
            _links.TryRemove(new KeyValuePair<string, Grant>(key, grant));
        }
        foreach (var (key, grant) in _sessions.Where(s => s.Value.Expires <= now).ToList())
        {
            _sessions.TryRemove(new KeyValuePair<string, Grant>(key, grant));
        }
    }

    private static string NewSecret() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private sealed record Grant(string Community, string User, DateTimeOffset Expires);
}
