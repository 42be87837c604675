using CommunityBot.Core.Challenges;
using CommunityBot.Core.Communities;
using CommunityBot.Core.Leaderboards;
using CommunityBot.Core.Members;
using System.Globalization;

namespace CommunityBot.Storage.Postgres;

internal sealed class PgSettingsStore(Documents docs) : ISettingsStore
{
    public async Task<CommunitySettings> GetAsync(string community, CancellationToken ct) =>
        await docs.GetAsync<CommunitySettings>(DocKinds.Settings, community, community, ct) ?? CommunitySettings.DefaultFor(community);

    public Task SaveAsync(CommunitySettings settings, CancellationToken ct) =>
        docs.UpsertAsync(DocKinds.Settings, settings.Community, settings.Community, settings, ct);

    public async Task<IReadOnlyList<CommunitySettings>> ListAsync(CancellationToken ct)
    {
        var all = new List<CommunitySettings>();
        foreach (var community in await docs.CommunitiesAsync(DocKinds.Settings, ct))
        {
            all.AddRange((await docs.ListAsync<CommunitySettings>(DocKinds.Settings, community, ct)).Select(d => d.Body));
        }
        return all;
    }

    public Task DeleteAsync(string community, CancellationToken ct) => docs.DeleteAsync(DocKinds.Settings, community, community, ct);
}

/// <summary>Entries in write order (the docs table's sequence), so entries of the same instant keep it.</summary>
internal sealed class PgAuditLog(Documents docs) : IAuditLog
{
    public Task AppendAsync(AuditEntry entry, CancellationToken ct) => docs.UpsertAsync(DocKinds.Audit, entry.Community, Guid.NewGuid().ToString("N"), entry, ct);

    public async Task<IReadOnlyList<AuditEntry>> RecentAsync(string community, int take, CancellationToken ct) =>
        (await docs.ListAsync<AuditEntry>(DocKinds.Audit, community, ct)).Select((d, i) => (d.Body, i))
            .OrderByDescending(e => e.Body.At).ThenByDescending(e => e.i).Take(take).Select(e => e.Body).ToList();
}

internal sealed class PgPrivacyStore(Documents docs) : IPrivacyStore
{
    private sealed record Stored(int Choice);

    public async Task<PrivacyChoice> GetAsync(string community, string user, CancellationToken ct) =>
        await docs.GetAsync<Stored>(DocKinds.Privacy, community, user, ct) is { } stored ? (PrivacyChoice)stored.Choice : PrivacyChoice.Visible;

    public Task SetAsync(string community, string user, PrivacyChoice choice, CancellationToken ct) => choice == PrivacyChoice.Visible
        ? docs.DeleteAsync(DocKinds.Privacy, community, user, ct)
        : docs.UpsertAsync(DocKinds.Privacy, community, user, new Stored((int)choice), ct);

    public async Task<IReadOnlySet<string>> OptedOutAsync(string community, CancellationToken ct) =>
        (await docs.ListAsync<Stored>(DocKinds.Privacy, community, ct)).Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
}

internal sealed class PgJobRunLog(Documents docs) : IJobRunLog
{
    private sealed record Run(DateTimeOffset At);

    public async Task<DateTimeOffset?> LastRunAsync(string job, string community, CancellationToken ct) =>
        (await docs.GetAsync<Run>(DocKinds.JobRun, community, job, ct))?.At;

    public Task RecordAsync(string job, string community, DateTimeOffset at, CancellationToken ct) => docs.UpsertAsync(DocKinds.JobRun, community, job, new Run(at), ct);
}

internal sealed class PgLeaderboardArchive(Documents docs) : ILeaderboardArchive
{
    public Task<bool> FreezeAsync(string community, string period, DateOnly first, DateOnly last, IReadOnlyList<LeaderboardEntry> entries, CancellationToken ct) =>
        docs.InsertIfAbsentAsync(DocKinds.FrozenBoard, community, string.Create(CultureInfo.InvariantCulture, $"{period}|{first:yyyy-MM-dd}"), entries, ct);
}

internal sealed class PgMemberLevelStore(Documents docs) : Core.Live.IMemberLevelStore
{
    public async Task<IReadOnlyDictionary<string, int>> GetAsync(string community, IReadOnlyCollection<string> users, CancellationToken ct) =>
        (await docs.ListAsync<int>(DocKinds.Level, community, ct, "id = ANY($3)", (object)users.ToArray())).ToDictionary(d => d.Id, d => d.Body, StringComparer.Ordinal);

    public async Task<IReadOnlyDictionary<string, int>> AllAsync(string community, int minLevel, CancellationToken ct) =>
        (await docs.ListAsync<int>(DocKinds.Level, community, ct, "(body::text)::int >= $3", minLevel)).ToDictionary(d => d.Id, d => d.Body, StringComparer.Ordinal);

    public Task SaveAsync(string community, IReadOnlyDictionary<string, int> levels, CancellationToken ct) =>
        docs.UpsertManyAsync(DocKinds.Level, community, [.. levels.Select(l => (l.Key, l.Value))], ct);
}

internal sealed class PgNudgeStore(Documents docs) : Core.Nudges.INudgeStore
{
    public Task<Core.Nudges.NudgeRecord?> GetAsync(string community, string user, CancellationToken ct) =>
        docs.GetAsync<Core.Nudges.NudgeRecord>(DocKinds.Nudge, community, user, ct);

    public Task SaveAsync(Core.Nudges.NudgeRecord record, CancellationToken ct) => docs.UpsertAsync(DocKinds.Nudge, record.Community, record.User, record, ct);

    public async Task<IReadOnlyList<Core.Nudges.NudgeRecord>> OptedInAsync(string community, CancellationToken ct) =>
        [.. (await docs.ListAsync<Core.Nudges.NudgeRecord>(DocKinds.Nudge, community, ct, "(body->>'OptedIn')::boolean")).Select(d => d.Body)];
}

internal sealed class PgChallengeStore(Documents docs) : IChallengeStore
{
    public Task<Challenge?> LatestAsync(string community, CancellationToken ct) => docs.GetAsync<Challenge>(DocKinds.Challenge, community, community, ct);

    public Task SaveAsync(Challenge challenge, CancellationToken ct) => docs.UpsertAsync(DocKinds.Challenge, challenge.Community, challenge.Community, challenge, ct);
}
