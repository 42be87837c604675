using CommunityBot.Core.Dashboard;

namespace CommunityBot.Storage.Postgres;

/// <summary>Dashboard grants as documents; taking one is a single DELETE … RETURNING, so a link opens once across instances.</summary>
internal sealed class PgDashboardGrants(Documents docs) : IDashboardGrants
{
    private const string Everywhere = "";

    public Task SaveAsync(DashboardGrant grant, CancellationToken ct) => docs.UpsertAsync(DocKinds.DashboardGrant, Everywhere, grant.Id, grant, ct);

    public async Task<DashboardGrant?> TakeAsync(string id, CancellationToken ct)
    {
        await using var command = docs.DataSource.CreateCommand("DELETE FROM docs WHERE kind = $1 AND community = $2 AND id = $3 RETURNING body::text");
        Documents.Add(command, DocKinds.DashboardGrant, Everywhere, id);
        return await command.ExecuteScalarAsync(ct) is string body ? Documents.Deserialize<DashboardGrant>(body) : null;
    }

    public Task<DashboardGrant?> GetAsync(string id, CancellationToken ct) => docs.GetAsync<DashboardGrant>(DocKinds.DashboardGrant, Everywhere, id, ct);

    public async Task SweepAsync(DateTimeOffset now, CancellationToken ct)
    {
        // One statement, however many grants: the stored Expires is an ISO 8601 instant with its offset.
        await using var command = docs.DataSource.CreateCommand(
            "DELETE FROM docs WHERE kind = $1 AND community = $2 AND (body->>'Expires')::timestamptz <= $3");
        Documents.Add(command, DocKinds.DashboardGrant, Everywhere, now);
        await command.ExecuteNonQueryAsync(ct);
    }
}
