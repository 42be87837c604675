using CommunityBot.Core.Communities;

namespace CommunityBot.Core.Tests.Recommendations.Fakes;

internal sealed class MemoryAuditLog : IAuditLog
{
    public List<AuditEntry> Entries { get; } = [];

    public Task AppendAsync(AuditEntry entry, CancellationToken ct)
    {
        Entries.Add(entry);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<AuditEntry>> RecentAsync(string community, int take, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<AuditEntry>>(Entries.Where(e => e.Community == community).TakeLast(take).ToList());
}
