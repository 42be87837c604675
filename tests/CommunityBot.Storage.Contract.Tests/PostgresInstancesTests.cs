using System.Text.Json;
using CommunityBot.Core.Activity;
using CommunityBot.Core.Engagement;
using CommunityBot.Core.Ingest;
using CommunityBot.Core.Recommendations.Catalog;
using CommunityBot.Storage.Postgres;
using CommunityBot.TestKit;

namespace CommunityBot.Storage.Contract.Tests;

/// <summary>What only a shared database can show: several bot instances on one PostgreSQL, and the same numbers as LiteDB.</summary>
public sealed class PostgresInstancesTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 2, 12, 0, 0, TimeSpan.Zero);

    private static List<ActivityEvent> Flood(int count)
    {
        var e = new Events(Now, "c1", "telegram");
        var texts = new[] { "how do I join two sql tables?", "docker volumes keep my data", "thanks, that fixed it!", "pandas groupby question" };
        var events = new List<ActivityEvent>();
        for (var i = 0; i < count; i++)
        {
            events.Add(e.Message("u" + (i % 25), TimeSpan.FromMinutes(count - i), texts[i % texts.Length] + " " + i, replyTo: i % 3 == 0 && i > 0 ? "m" + i : null, id: "m" + (i + 1)));
            if (i % 4 == 1)
            {
                events.Add(e.Reaction("u" + ((i + 7) % 25), "m" + i, TimeSpan.FromMinutes(count - i) - TimeSpan.FromSeconds(30)));
            }
        }
        return events;
    }

    [Fact]
    public async Task TwoInstances_ReceivingTheSameUpdates_StoreEachEventOnce()
    {
        var database = PostgresServer.CreateDatabase();
        await using var first = await Bot.StartAsync(new PostgresKind(), database, Now);
        await using var second = await Bot.StartAsync(new PostgresKind(), database, Now);
        var events = Flood(2_000);

        // Both receive every update (a load balancer retrying, a webhook redelivered), in batches of different sizes.
        var a = Task.Run(async () => { foreach (var batch in events.Chunk(97)) { await first.Get<IIngestQueue>().StoreAsync(batch, CancellationToken.None); } });
        var b = Task.Run(async () => { foreach (var batch in events.Chunk(41)) { await second.Get<IIngestQueue>().StoreAsync(batch, CancellationToken.None); } });
        await Task.WhenAll(a, b);

        var stored = first.Get<IActivityStore>();
        Assert.Equal(events.Count, await stored.CountAsync("c1", CancellationToken.None));
        var keys = (await stored.ReadCommunityAsync("c1", null, CancellationToken.None)).Select(EventKey.For).ToList();
        Assert.Equal(events.Count, keys.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(events.Count, keys.Count);
    }

    [Fact]
    public async Task RunScoredOnOneInstance_IsWhatTheOtherShows_ThoughItKeptAnEarlierRun()
    {
        var database = PostgresServer.CreateDatabase();
        await using var first = await Bot.StartAsync(new PostgresKind(), database, Now);
        await using var second = await Bot.StartAsync(new PostgresKind(), database, Now);
        var e = new Events(Now, "c1", "telegram");
        await first.Get<IIngestQueue>().StoreAsync([e.Message("ann", TimeSpan.FromHours(3), "docker volumes keep my data")], CancellationToken.None);
        await first.Get<IncrementalScorer>().ScoreAsync("c1", CancellationToken.None);
        Assert.Equal(["ann"], (await first.Get<LatestScores>().ListAsync("c1", CancellationToken.None)).Select(m => m.User));

        await second.Get<IIngestQueue>().StoreAsync([e.Message("bob", TimeSpan.FromHours(2), "pandas groupby question", id: "m2"),
            e.Message("ann", TimeSpan.FromHours(1), "thanks, that fixed it!", id: "m3")], CancellationToken.None);
        var run = await second.Get<IncrementalScorer>().ScoreAsync("c1", CancellationToken.None);

        var shown = await first.Get<LatestScores>().ListAsync("c1", CancellationToken.None);
        Assert.Equal(["ann", "bob"], shown.Select(m => m.User).Order(StringComparer.Ordinal));
        Assert.Equal(2, shown.Single(m => m.User == "ann").Messages);
        Assert.Equal(run.Members.Single(m => m.User == "ann").Points, (await first.Get<LatestScores>().GetAsync("c1", "ann", CancellationToken.None))!.Points);
    }

    [Fact]
    public void TwoInstancesStartingAtOnce_ApplyEachMigrationOnce()
    {
        var database = PostgresServer.CreateDatabase();

        var opened = Enumerable.Range(0, 4).AsParallel().Select(_ => new PostgresDatabase(database)).ToList();

        Assert.All(opened, db => Assert.Equal([1, 2, 3, 4], db.AppliedVersions()));
        opened.ForEach(db => db.Dispose());
        using var again = new PostgresDatabase(database); // and opening once more changes nothing
        Assert.Equal([1, 2, 3, 4], again.AppliedVersions());
        Assert.Equal(15, QuartzTableCount(database)); // migration 2: every table of Quartz's clustered job store
    }

    [Fact]
    public async Task RateSlots_TwoInstancesReservingAtOnce_TakeTurnsOneSpacingApart()
    {
        var database = PostgresServer.CreateDatabase();
        using var first = new PostgresDatabase(database);
        using var second = new PostgresDatabase(database);
        var instances = new[] { new PgRateSlots(first), new PgRateSlots(second) };
        var spacing = TimeSpan.FromSeconds(5);

        var waits = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => instances[i % 2].ReserveAsync("discord:identify:0", spacing, CancellationToken.None)));
        var otherBucket = await instances[1].ReserveAsync("discord:identify:1", spacing, CancellationToken.None);

        // Eight reservations within well under a second: slots 0, 5, 10 … 35 s out, one each, whichever instance asked.
        var sorted = waits.Order().ToList();
        Assert.True(sorted[0] < TimeSpan.FromSeconds(1), $"first wait {sorted[0]}");
        for (var i = 1; i < sorted.Count; i++)
        {
            var gap = sorted[i] - sorted[i - 1];
            Assert.True(gap > TimeSpan.FromSeconds(4) && gap < TimeSpan.FromSeconds(6), $"slots {i - 1} and {i} are {gap} apart");
        }
        Assert.True(otherBucket < TimeSpan.FromSeconds(1), "another bucket has its own turns");
    }

    [Fact]
    public async Task LinkMadeOnOneInstance_ReachesTheOtherAtItsNextRefresh_AndAnUnchangedReadMovesNothing()
    {
        var database = PostgresServer.CreateDatabase();
        await using var first = await Bot.StartAsync(new PostgresKind(), database, Now);
        await using var second = await Bot.StartAsync(new PostgresKind(), database, Now);
        Task<Core.Commands.Reply> Ask(Bot bot, string platform, string group, string user, string text, Core.Commands.MemberRole role = Core.Commands.MemberRole.Member) =>
            bot.Get<Core.Commands.CommandDispatcher>().DispatchAsync(new Core.Commands.CommandRequest(platform, group, "general", user, user, role, text), CancellationToken.None);
        static string CodeOf(Core.Commands.Reply reply) => JsonSerializer.SerializeToElement(reply.Data).GetProperty("code").GetString()!;
        var discord = new Events(Now, "g1", "discord");
        var telegram = new Events(Now, "-100", "telegram");
        await first.Get<IIngestQueue>().StoreAsync([discord.Message("d-ann", TimeSpan.FromHours(3), "docker networking, step by step"), discord.Message("d-bob", TimeSpan.FromHours(2), "sql joins explained")], CancellationToken.None);
        Assert.False(await second.Get<Core.Identity.IdentityDirectory>().RefreshAsync(CancellationToken.None)); // nothing changed yet

        // On the first instance: the Telegram group joins the Discord server's community, and Ann links her accounts.
        var join = CodeOf(await Ask(first, "discord", "g1", "d-admin", "/community code", Core.Commands.MemberRole.Admin));
        Assert.False((await Ask(first, "telegram", "-100", "t-admin", "/community join " + join, Core.Commands.MemberRole.Admin)).IsError);
        var link = CodeOf(await Ask(first, "discord", "g1", "d-ann", "/link"));
        Assert.False((await Ask(first, "telegram", "-100", "t-ann", "/link " + link)).IsError);
        var staleRoute = second.Get<Core.Identity.IdentityDirectory>().Route(telegram.Message("t-ann", TimeSpan.FromHours(1), "pandas tips"));

        Assert.True(await second.Get<Core.Identity.IdentityDirectory>().RefreshAsync(CancellationToken.None));
        await second.Get<IIngestQueue>().StoreAsync([telegram.Message("t-ann", TimeSpan.FromHours(1), "pandas tips from telegram", id: "t1")], CancellationToken.None);
        var scores = await second.Get<IncrementalScorer>().ScoreAsync("g1", CancellationToken.None);

        Assert.Equal("-100", staleRoute.Community); // before its refresh the second instance knew nothing of the join
        Assert.Equal(["d-ann", "d-bob"], scores.Members.Select(m => m.User).Order(StringComparer.Ordinal)); // t-ann counts as d-ann
        Assert.Equal(2, scores.Members.Single(m => m.User == "d-ann").Messages);
        Assert.False(await second.Get<Core.Identity.IdentityDirectory>().RefreshAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Lease_OneHolderAcrossInstances_PassesOnWhenReleasedOrWhenTheHolderDies()
    {
        var database = PostgresServer.CreateDatabase();
        using var first = new PostgresDatabase(database);
        using var second = new PostgresDatabase(database);
        var (a, b) = (new PgLeases(first), new PgLeases(second));

        var held = await a.TryAcquireAsync("telegram-polling", CancellationToken.None);
        Assert.NotNull(held);
        Assert.Null(await b.TryAcquireAsync("telegram-polling", CancellationToken.None));
        Assert.NotNull(await b.TryAcquireAsync("something-else", CancellationToken.None));
        await held.DisposeAsync();
        var taken = await b.TryAcquireAsync("telegram-polling", CancellationToken.None);
        Assert.NotNull(taken);

        // The holder's connection dies (its process was killed): the lock goes with it, and the lease says so.
        await using (var admin = second.DataSource.CreateCommand(
            // pg_locks is the whole server's: only this test's database, whose other tests run alongside on theirs.
            // The timeout makes it wait until the backend is gone (without one it only signals it, and the lock could
            // still be held when the next line asks; the test failed once in three runs of the suite, most likely so).
            "SELECT pg_terminate_backend(pid, 10000) FROM pg_locks WHERE locktype = 'advisory' AND granted AND pid <> pg_backend_pid() "
            + "AND database = (SELECT oid FROM pg_database WHERE datname = current_database())"))
        {
            await admin.ExecuteNonQueryAsync();
        }
        Assert.False(await taken.IsHeldAsync(CancellationToken.None));
        Assert.NotNull(await a.TryAcquireAsync("telegram-polling", CancellationToken.None));
    }

    [Fact]
    public async Task WorkClaims_SameKeyFromTwoInstancesAtOnce_ExactlyOneWins()
    {
        var database = PostgresServer.CreateDatabase();
        using var first = new PostgresDatabase(database);
        using var second = new PostgresDatabase(database);
        var (a, b) = (new PgWorkClaims(first), new PgWorkClaims(second));
        var keys = Enumerable.Range(0, 50).Select(i => "telegram:7:" + i).ToList();

        var won = await Task.WhenAll(keys.SelectMany(k => new[] { a.TryClaimAsync(k, CancellationToken.None), b.TryClaimAsync(k, CancellationToken.None) }));

        Assert.Equal(keys.Count, won.Count(w => w));
        Assert.All(keys.Select((_, i) => won[2 * i] ^ won[(2 * i) + 1]), Assert.True);
        Assert.False(await a.TryClaimAsync(keys[0], CancellationToken.None));
    }

    [Fact]
    public async Task DashboardLink_GivenByOneInstance_OpensOnceOnAnother_AndItsSessionHoldsOnBoth()
    {
        var database = PostgresServer.CreateDatabase();
        await using var first = await Bot.StartAsync(new PostgresKind(), database, Now);
        await using var second = await Bot.StartAsync(new PostgresKind(), database, Now);
        var (a, b) = (first.Get<Core.Dashboard.DashboardAccess>(), second.Get<Core.Dashboard.DashboardAccess>());

        var link = await a.IssueLinkAsync("c1", "mod", CancellationToken.None);
        var opened = await Task.WhenAll(b.RedeemAsync(link, "c1", CancellationToken.None), a.RedeemAsync(link, "c1", CancellationToken.None));

        var session = Assert.Single(opened, s => s is not null); // two instances asked at once: one opens it
        Assert.True(await a.IsValidSessionAsync(session, "c1", CancellationToken.None));
        Assert.True(await b.IsValidSessionAsync(session, "c1", CancellationToken.None));
        Assert.False(await b.IsValidSessionAsync(session, "c2", CancellationToken.None));
        Assert.False(await a.IsValidSessionAsync(link, "c1", CancellationToken.None)); // a link is not a session
        Assert.DoesNotContain(link, await RawDocsAsync(database)); // only hashes are stored
        Assert.DoesNotContain(session!, await RawDocsAsync(database));
        await b.IssueLinkAsync("c1", "mod", CancellationToken.None);
        first.Clock.Advance(Core.Dashboard.DashboardAccess.SessionLifetime + TimeSpan.FromMinutes(1));
        await a.IssueLinkAsync("c1", "mod", CancellationToken.None); // issuing sweeps: the session and the unused link expired
        Assert.Equal(1, await GrantCountAsync(database));
    }

    private static async Task<long> GrantCountAsync(string database)
    {
        await using var connection = new Npgsql.NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand("SELECT count(*) FROM docs WHERE kind = 'dashboardgrant'", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static async Task<string> RawDocsAsync(string database)
    {
        await using var connection = new Npgsql.NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand("SELECT coalesce(string_agg(id || ' ' || body::text, ' '), '') FROM docs", connection);
        return (string)(await command.ExecuteScalarAsync())!;
    }

    [Fact]
    public async Task CourseRemovedOnOneInstance_LeavesTheOthersCatalogWithinTwoSeconds()
    {
        var database = PostgresServer.CreateDatabase();
        await using var first = await Bot.StartAsync(new PostgresKind(), database, Now);
        await using var second = await Bot.StartAsync(new PostgresKind(), database, Now);
        foreach (var id in new[] { "sql-101", "docker-201" })
        {
            await first.Get<ICourseCatalog>().SaveAsync("c1", new Course { Id = id, Title = id, Url = "https://example.org/" + id, Tags = ["sql"] }, CancellationToken.None);
        }
        var views = second.Get<CatalogViews>();
        var before = (await views.ForAsync("c1", CancellationToken.None)).Courses;
        var gone = "sql-101";

        Assert.True(await first.Get<ICourseCatalog>().RemoveAsync("c1", gone, CancellationToken.None));
        second.Clock.Advance(PgCourseCatalog.RevisionCheck + TimeSpan.FromSeconds(1));
        var after = (await views.ForAsync("c1", CancellationToken.None)).Courses;

        Assert.Equal(before.Count - 1, after.Count);
        Assert.DoesNotContain(after, c => c.Id == gone);
    }

    [Fact]
    public async Task TheSameEvents_ScoreTheSame_OnLiteDbAndPostgres()
    {
        using var lite = new LiteDbKind();
        await using var onLite = await Bot.StartAsync(lite, lite.NewLocation(), Now);
        await using var onPostgres = await Bot.StartAsync(new PostgresKind(), PostgresServer.CreateDatabase(), Now);
        var events = Flood(600);
        await onLite.Get<IIngestQueue>().StoreAsync(events, CancellationToken.None);
        await onPostgres.Get<IIngestQueue>().StoreAsync(events, CancellationToken.None);

        var fromLite = await onLite.Get<EngagementScorer>().ScoreCommunityAsync("c1", CancellationToken.None);
        var fromPostgres = await onPostgres.Get<EngagementScorer>().ScoreCommunityAsync("c1", CancellationToken.None);

        Assert.Equal(25, fromPostgres.Members.Count);
        Assert.Equal(Json(fromLite.Members.OrderBy(m => m.User)), Json(fromPostgres.Members.OrderBy(m => m.User)));
        Assert.Equal(Json(fromLite.Snapshot), Json(fromPostgres.Snapshot));
    }

    private static string Json(object value) => JsonSerializer.Serialize(value);

    private static long QuartzTableCount(string database)
    {
        using var connection = new Npgsql.NpgsqlConnection(database);
        connection.Open();
        using var command = new Npgsql.NpgsqlCommand(
            "SELECT count(*) FROM information_schema.tables WHERE table_name LIKE '" + QuartzTables.Prefix + "%'", connection);
        return (long)command.ExecuteScalar()!;
    }
}
