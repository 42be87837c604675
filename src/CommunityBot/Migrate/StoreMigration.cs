using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CommunityBot.Core.Activity;
using CommunityBot.Core.Communities;
using CommunityBot.Core.Engagement;
using CommunityBot.Core.Identity;
using CommunityBot.Core.Members;
using CommunityBot.Core.Purchases;
using CommunityBot.Core.Recommendations.Catalog;
using CommunityBot.Core.Recommendations.Clicks;

namespace CommunityBot.Migrate;

/// <summary>
/// Copies one store into another through the Core ports: events (in batches, with progress), settings, privacy
/// choices, catalogs, audit log, snapshots, click tokens, sales and webhook secrets, levels, challenges, linked
/// accounts and joined groups; then scores every community on the target and checks, per community, the event count, a
/// checksum of every event and the scores against the source. Every step stores only what the target lacks, so
/// running it again changes nothing. Recommendation profiles and models are rebuilt by the recommender from the events.
/// </summary>
public sealed class StoreMigration(IServiceProvider source, IServiceProvider target, TextWriter output, TextWriter progress)
{
    public const int BatchSize = 5_000;

    public sealed record CommunityCheck(string Community, long SourceEvents, long TargetEvents, string SourceChecksum, string TargetChecksum,
        int Members, bool ScoresSame)
    {
        public bool Same => SourceEvents == TargetEvents && SourceChecksum == TargetChecksum && ScoresSame;
    }

    public async Task<IReadOnlyList<CommunityCheck>> RunAsync(CancellationToken ct)
    {
        var communities = await CommunitiesAsync(ct);
        var copied = await CopyEventsAsync(communities, ct);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"events: {copied.Stored:N0} copied, {copied.Present:N0} already there"));
        var documents = 0;
        var settings = (await From<ISettingsStore>().ListAsync(ct)).ToDictionary(s => s.Community, StringComparer.Ordinal);
        foreach (var community in communities)
        {
            documents += await CopyDocumentsAsync(community, settings.GetValueOrDefault(community), ct);
        }
        documents += await CopyIdentitiesAsync(ct);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"settings, catalogs, audit, privacy, sales, tokens and the rest: {documents:N0} records copied"));
        var checks = new List<CommunityCheck>();
        foreach (var community in communities)
        {
            checks.Add(await CheckAsync(community, ct));
        }
        return checks;
    }

    private T From<T>() where T : notnull => source.GetRequiredService<T>();

    private T To<T>() where T : notnull => target.GetRequiredService<T>();

    private async Task<IReadOnlyList<string>> CommunitiesAsync(CancellationToken ct)
    {
        var fromEvents = await From<IActivityStore>().CommunitiesAsync(ct);
        var fromSettings = (await From<ISettingsStore>().ListAsync(ct)).Select(s => s.Community);
        return [.. fromEvents.Concat(fromSettings).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
    }

    private async Task<(long Stored, long Present)> CopyEventsAsync(IReadOnlyList<string> communities, CancellationToken ct)
    {
        long total = 0;
        foreach (var community in communities)
        {
            total += await From<IActivityStore>().CountAsync(community, ct);
        }
        var bar = new ProgressBar(progress, "events", total);
        long stored = 0, seen = 0;
        var into = To<IActivityStore>();
        foreach (var batch in From<IActivityStore>().ReadAllInTimeOrder().Chunk(BatchSize))
        {
            stored += (await into.AppendAsync(batch, ct)).Count(s => s);
            seen += batch.Length;
            bar.Report(seen);
        }
        bar.Done();
        return (stored, seen - stored);
    }

    private async Task<int> CopyDocumentsAsync(string community, CommunitySettings? settings, CancellationToken ct)
    {
        var copied = 0;
        if (settings is not null)
        {
            await To<ISettingsStore>().SaveAsync(settings, ct);
            copied++;
        }
        foreach (var user in await From<IPrivacyStore>().OptedOutAsync(community, ct))
        {
            await To<IPrivacyStore>().SetAsync(community, user, await From<IPrivacyStore>().GetAsync(community, user, ct), ct);
            copied++;
        }
        copied += await CopyCatalogAsync(community, ct);
        var audit = await To<IAuditLog>().RecentAsync(community, int.MaxValue, ct);
        var present = audit.Select(Json).ToHashSet(StringComparer.Ordinal);
        foreach (var entry in (await From<IAuditLog>().RecentAsync(community, int.MaxValue, ct)).Reverse().Where(e => !present.Contains(Json(e))))
        {
            await To<IAuditLog>().AppendAsync(entry, ct);
            copied++;
        }
        if ((await To<IScoreStore>().SnapshotsAsync(community, 1, ct)).Count == 0)
        {
            foreach (var snapshot in await From<IScoreStore>().SnapshotsAsync(community, int.MaxValue, ct))
            {
                await To<IScoreStore>().AppendSnapshotAsync(snapshot, ct);
                copied++;
            }
        }
        foreach (var token in await From<IClickTokenStore>().ListAsync(community, ct))
        {
            await To<IClickTokenStore>().SaveAsync(token, ct);
            copied++;
        }
        foreach (var sale in await From<ISalesLedger>().ListAsync(community, ct))
        {
            copied += await To<ISalesLedger>().TryRecordAsync(community, sale, ct) ? 1 : 0;
        }
        if (await From<ISalesLedger>().SecretAsync(community, ct) is { } secret)
        {
            await To<ISalesLedger>().SetSecretAsync(community, secret, ct);
        }
        var levels = await From<Core.Live.IMemberLevelStore>().AllAsync(community, 0, ct);
        await To<Core.Live.IMemberLevelStore>().SaveAsync(community, levels, ct);
        copied += levels.Count;
        if (await From<Core.Challenges.IChallengeStore>().LatestAsync(community, ct) is { } challenge)
        {
            await To<Core.Challenges.IChallengeStore>().SaveAsync(challenge, ct);
            copied++;
        }
        foreach (var nudge in await From<Core.Nudges.INudgeStore>().OptedInAsync(community, ct))
        {
            await To<Core.Nudges.INudgeStore>().SaveAsync(nudge, ct);
            copied++;
        }
        return copied;
    }

    /// <summary>The target's catalog becomes the source's exactly (a first read there may have started it from the bundled courses).</summary>
    private async Task<int> CopyCatalogAsync(string community, CancellationToken ct)
    {
        var wanted = await From<ICourseCatalog>().ListAsync(community, ct);
        var catalog = To<ICourseCatalog>();
        var copied = 0;
        foreach (var extra in (await catalog.ListAsync(community, ct)).Where(c => wanted.All(w => w.Id != c.Id)))
        {
            await catalog.RemoveAsync(community, extra.Id, ct);
        }
        var present = (await catalog.ListAsync(community, ct)).Select(Json).ToHashSet(StringComparer.Ordinal);
        foreach (var course in wanted.Where(c => !present.Contains(Json(c))))
        {
            await catalog.SaveAsync(community, course, ct);
            copied++;
        }
        return copied;
    }

    private async Task<int> CopyIdentitiesAsync(CancellationToken ct)
    {
        var into = To<IIdentityStore>();
        var links = await From<IIdentityStore>().LinksAsync(ct);
        foreach (var link in links)
        {
            await into.AddLinkAsync(link, ct);
        }
        var joins = await From<IIdentityStore>().JoinsAsync(ct);
        foreach (var join in joins)
        {
            await into.AddJoinAsync(join, ct);
        }
        return links.Count + joins.Count;
    }

    private async Task<CommunityCheck> CheckAsync(string community, CancellationToken ct)
    {
        var (sourceCount, sourceSum) = await ChecksumAsync(From<IActivityStore>(), community, ct);
        var (targetCount, targetSum) = await ChecksumAsync(To<IActivityStore>(), community, ct);
        await To<EngagementScorer>().ScoreCommunityAsync(community, ct); // boards and profiles answer at once on the target
        var now = DateTimeOffset.UtcNow; // decay moves with time: both sides are scored at one instant
        var fromSource = await ScoreAtAsync(source, community, now, ct);
        var onTarget = await ScoreAtAsync(target, community, now, ct);
        var same = Json(fromSource.Members.OrderBy(m => m.User, StringComparer.Ordinal)) == Json(onTarget.Members.OrderBy(m => m.User, StringComparer.Ordinal));
        return new CommunityCheck(community, sourceCount, targetCount, sourceSum, targetSum, onTarget.Members.Count, same);
    }

    /// <summary>The community scored from a store's events, settings, catalog and links, as the score job would at <paramref name="now"/>.</summary>
    private static async Task<ScoringResult> ScoreAtAsync(IServiceProvider store, string community, DateTimeOffset now, CancellationToken ct)
    {
        var settings = await store.GetRequiredService<ISettingsStore>().GetAsync(community, ct);
        var events = await store.GetRequiredService<IActivityStore>().ReadCommunityAsync(community, null, ct);
        var topics = await store.GetRequiredService<ICommunityTopics>().ForAsync(community, ct);
        return ScoreCalculator.Compute(community, events, settings, topics.Matcher, now, store.GetRequiredService<ICommunityIdentities>().For(community));
    }

    /// <summary>The events in scoring order, every field, hashed: equal checksums mean the same history.</summary>
    private static async Task<(long Count, string Checksum)> ChecksumAsync(IActivityStore store, string community, CancellationToken ct)
    {
        var events = await store.ReadCommunityAsync(community, null, ct);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var e in events)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(Json(e with { At = e.At.ToUniversalTime() }) + "\n"));
        }
        return (await store.CountAsync(community, ct), Convert.ToHexString(hash.GetHashAndReset())[..16].ToLowerInvariant());
    }

    private static string Json(object value) => JsonSerializer.Serialize(value);
}
