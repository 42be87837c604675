using CommunityBot.Core.Engagement;

namespace CommunityBot.Core.Members;

/// <summary>Finds the member a USER argument names: an id, a Discord mention (&lt;@123&gt;), "@name" or a name.</summary>
public sealed class MemberResolver(LatestScores scores)
{
    /// <summary>"&lt;@!123&gt;", "&lt;@123&gt;" and "@name" → "123" and "name".</summary>
    public static string Normalize(string argument)
    {
        var wanted = argument.Trim();
        if (wanted.StartsWith("<@", StringComparison.Ordinal) && wanted.EndsWith('>'))
        {
            wanted = wanted[2..^1].TrimStart('!');
        }
        return wanted.TrimStart('@');
    }

    public async Task<MemberScore?> ResolveAsync(string community, string argument, CancellationToken ct)
    {
        var wanted = Normalize(argument);
        var direct = await scores.GetAsync(community, wanted, ct);
        if (direct is not null)
        {
            return direct;
        }
        var all = await scores.ListAsync(community, ct);
        var byName = all.Where(s => string.Equals(s.Name, wanted, StringComparison.OrdinalIgnoreCase)).ToList();
        if (byName.Count == 1)
        {
            return byName[0];
        }
        var byPrefix = all.Where(s => s.Name.StartsWith(wanted, StringComparison.OrdinalIgnoreCase)).ToList();
        return byPrefix.Count == 1 ? byPrefix[0] : null;
    }
}
