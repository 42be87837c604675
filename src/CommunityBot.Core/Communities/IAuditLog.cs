namespace CommunityBot.Core.Communities;

/// <summary>Append-only log of admin actions.</summary>
public interface IAuditLog
{
    Task AppendAsync(AuditEntry entry, CancellationToken ct);

    Task<IReadOnlyList<AuditEntry>> RecentAsync(string community, int take, CancellationToken ct);
}
