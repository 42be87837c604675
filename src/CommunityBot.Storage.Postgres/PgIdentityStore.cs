using CommunityBot.Core.Identity;

namespace CommunityBot.Storage.Postgres;

/// <summary>Link codes, linked accounts and joined groups; they belong to no one community (the empty community).</summary>
internal sealed class PgIdentityStore(Documents docs) : IIdentityStore
{
    public Task SaveCodeAsync(PendingCode code, CancellationToken ct) => docs.UpsertAsync(DocKinds.LinkCode, "", code.Code, code, ct);

    /// <summary>One DELETE … RETURNING: of two instances taking the same code at once, one gets it.</summary>
    public async Task<PendingCode?> TakeCodeAsync(string code, CancellationToken ct)
    {
        await using var command = docs.DataSource.CreateCommand("DELETE FROM docs WHERE kind = $1 AND community = '' AND id = $2 RETURNING body::text");
        Documents.Add(command, DocKinds.LinkCode, code);
        return await command.ExecuteScalarAsync(ct) is string json ? Documents.Deserialize<PendingCode>(json) : null;
    }

    public async Task<IReadOnlyList<MemberLink>> LinksAsync(CancellationToken ct) => [.. (await docs.ListAsync<MemberLink>(DocKinds.Link, "", ct)).Select(d => d.Body)];

    public Task AddLinkAsync(MemberLink link, CancellationToken ct) =>
        docs.UpsertAsync(DocKinds.Link, "", $"{link.First.Platform}|{link.First.User}~{link.Second.Platform}|{link.Second.User}", link, ct);

    public async Task<int> RemoveLinksAsync(PlatformUser account, CancellationToken ct)
    {
        await using var command = docs.DataSource.CreateCommand("""
            DELETE FROM docs WHERE kind = $1 AND community = '' AND (
                (body->'First'->>'Platform' = $2 AND body->'First'->>'User' = $3) OR (body->'Second'->>'Platform' = $2 AND body->'Second'->>'User' = $3))
            """);
        Documents.Add(command, DocKinds.Link, account.Platform, account.User);
        return await command.ExecuteNonQueryAsync(ct);
    }

    public async Task<IReadOnlyList<CommunityJoin>> JoinsAsync(CancellationToken ct) => [.. (await docs.ListAsync<CommunityJoin>(DocKinds.CommunityJoin, "", ct)).Select(d => d.Body)];

    public Task AddJoinAsync(CommunityJoin join, CancellationToken ct) => docs.UpsertAsync(DocKinds.CommunityJoin, "", join.Platform + "|" + join.Group, join, ct);

    public async Task<bool> RemoveJoinAsync(string platform, string group, CancellationToken ct) =>
        await docs.DeleteAsync(DocKinds.CommunityJoin, "", platform + "|" + group, ct) > 0;
}
