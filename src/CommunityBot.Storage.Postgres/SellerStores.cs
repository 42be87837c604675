using CommunityBot.Core.LevelRoles;
using CommunityBot.Core.Purchases;
using CommunityBot.Core.Recommendations.Clicks;

namespace CommunityBot.Storage.Postgres;

/// <summary>Members waiting for a level-role sync; queuing again gives the entry a new version, so a sync of the old one leaves it queued.</summary>
internal sealed class PgRoleSyncQueue(Documents docs) : IRoleSyncQueue
{
    public Task EnqueueAsync(string community, IReadOnlyCollection<string> users, CancellationToken ct) =>
        docs.UpsertManyAsync(DocKinds.RoleSync, community, [.. users.Distinct(StringComparer.Ordinal).Select(u => (u, Guid.NewGuid().ToString("N")))], ct);

    public async Task<IReadOnlyList<string>> CommunitiesAsync(CancellationToken ct) => await docs.CommunitiesAsync(DocKinds.RoleSync, ct);

    public async Task<IReadOnlyList<QueuedMember>> PeekAsync(string community, int max, CancellationToken ct) =>
        [.. (await docs.ListAsync<string>(DocKinds.RoleSync, community, ct)).Take(max).Select(d => new QueuedMember(d.Id, d.Body))];

    public async Task DoneAsync(string community, QueuedMember member, CancellationToken ct)
    {
        await using var command = docs.DataSource.CreateCommand("DELETE FROM docs WHERE kind = $1 AND community = $2 AND id = $3 AND body = to_jsonb($4::text)");
        Documents.Add(command, DocKinds.RoleSync, community, member.User, member.Version);
        await command.ExecuteNonQueryAsync(ct);
    }

    public async Task<int> CountAsync(string community, CancellationToken ct) => (await docs.ListAsync<string>(DocKinds.RoleSync, community, ct)).Count;
}

/// <summary>Sales keyed by the shop's event id (the insert itself refuses a replay); webhook secrets by community.</summary>
internal sealed class PgSalesLedger(Documents docs) : ISalesLedger
{
    public Task<bool> TryRecordAsync(string community, Sale sale, CancellationToken ct) => docs.InsertIfAbsentAsync(DocKinds.Sale, community, sale.EventId, sale, ct);

    public async Task<IReadOnlyList<Sale>> ListAsync(string community, CancellationToken ct) =>
        [.. (await docs.ListAsync<Sale>(DocKinds.Sale, community, ct)).Select(d => d.Body).OrderBy(s => s.At)];

    public Task<string?> SecretAsync(string community, CancellationToken ct) => docs.GetAsync<string>(DocKinds.HookSecret, community, community, ct);

    public Task SetSecretAsync(string community, string secret, CancellationToken ct) => docs.UpsertAsync(DocKinds.HookSecret, community, community, secret, ct);
}

/// <summary>Redirect tokens, found by the token alone (stored under their community, so erasing a member finds theirs).</summary>
internal sealed class PgClickTokenStore(Documents docs) : IClickTokenStore
{
    public Task SaveAsync(ClickToken token, CancellationToken ct) => docs.UpsertAsync(DocKinds.Click, token.Community, token.Token, token, ct);

    public Task<ClickToken?> FindAsync(string token, CancellationToken ct) => docs.FindByIdAsync<ClickToken>(DocKinds.Click, token, ct);

    public async Task<IReadOnlyList<ClickToken>> ListAsync(string community, CancellationToken ct) =>
        [.. (await docs.ListAsync<ClickToken>(DocKinds.Click, community, ct)).Select(d => d.Body)];
}
