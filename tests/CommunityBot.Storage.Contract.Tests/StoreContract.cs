using System.Text.Json;
using CommunityBot.Core.Activity;
using CommunityBot.Core.Communities;
using CommunityBot.Core.Engagement;
using CommunityBot.Core.Identity;
using CommunityBot.Core.Members;
using CommunityBot.Core.Purchases;
using CommunityBot.Core.Recommendations.Catalog;
using CommunityBot.TestKit;

namespace CommunityBot.Storage.Contract.Tests;

/// <summary>
/// What every store must do behind the Core ports, run once per store (LiteDB and PostgreSQL, see the classes at the
/// end): the same calls, the same answers.
/// </summary>
public abstract class StoreContract(IStoreKind kind) : IAsyncLifetime
{
    protected static readonly DateTimeOffset Now = new(2026, 11, 2, 12, 0, 0, TimeSpan.Zero);
    private Bot _bot = null!;

    protected Events E { get; } = new(Now, "c1", "discord");

    protected Bot Bot { get => _bot; set => _bot = value; }

    protected IStoreKind Kind => kind;

    public async Task InitializeAsync() => Bot = await Bot.StartAsync(kind, kind.NewLocation(), Now);

    public async Task DisposeAsync()
    {
        await Bot.DisposeAsync();
        (kind as IDisposable)?.Dispose();
    }

    private IActivityStore Events => Bot.Get<IActivityStore>();

    private static CancellationToken None => CancellationToken.None;

    private static string Json(object value) => JsonSerializer.Serialize(value);

    private static TimeSpan H(double hours) => TimeSpan.FromHours(hours);

    [Fact]
    public async Task Append_StoresEachKeyOnce_WithinABatchAndAcrossBatches()
    {
        var first = E.Message("ann", H(3), id: "m1");

        var stored = await Events.AppendAsync([first, first with { Text = "same key" }, E.Message("bob", H(2), id: "m2")], None);
        var again = await Events.AppendAsync([first, E.Message("eve", H(1), id: "m3")], None);

        Assert.Equal([true, false, true], stored);
        Assert.Equal([false, true], again);
        Assert.Equal(3, await Events.CountAsync("c1", None));
        Assert.Equal("a helpful message about things", (await Events.ReadCommunityAsync("c1", null, None)).Single(e => e.MessageId == "m1").Text);
    }

    [Fact]
    public async Task ReadCommunity_GivesEveryFieldBack_InEventOrder()
    {
        var message = E.Message("ann", H(5), "see @bob's 📎 notes", replyTo: "m0", channel: "help", id: "m1", mentions: ["bob", "eve"]) with
        {
            Attachments = 2, ThreadStart = true, Nonce = "n1",
        };
        var reaction = E.Reaction("bob", "m1", H(4), "🎉");
        var sameInstantEdit = message with { Kind = EventKind.Edit, At = reaction.At, Nonce = "v2", Text = "edited" };
        var shown = new ActivityEvent
        {
            Kind = EventKind.RecommendationShown, Platform = "discord", Community = "c1", User = "ann", At = Now - H(1), Course = "sql-101",
            Detail = "digest", Value = 0.625, Nonce = "d1",
        };
        await Events.AppendAsync([shown, sameInstantEdit, reaction, message, E.Message("x", H(2)) with { Community = "c2" }], None);

        var read = await Events.ReadCommunityAsync("c1", null, None);

        Assert.Equal(Json(new[] { message, reaction, sameInstantEdit, shown }), Json(read));
        Assert.Equal(Json(new[] { shown }), Json(await Events.ReadCommunityAsync("c1", Now - H(2), None)));
        Assert.Equal(Json(new[] { reaction, sameInstantEdit, shown }), Json(await Events.ReadRecentAsync("c1", Now - H(4), None)));
    }

    [Fact]
    public async Task StreamCommunity_SameEventsInTheSameOrderAsReadCommunity_TiesIncluded()
    {
        var events = new List<ActivityEvent>();
        for (var i = 0; i < 300; i++)
        {
            var message = E.Message("u" + (i % 7), H(300 - i), "message " + i, id: "m" + i);
            events.Add(message);
            events.Add(E.Reaction("u" + ((i + 1) % 7), "m" + i, H(300 - i), "🎉")); // the same instant as its message
            if (i % 10 == 0)
            {
                events.Add(message with { Kind = EventKind.Edit, Nonce = "v2", Text = "edited " + i });
            }
        }
        events.Reverse(); // stored newest first: order must come from the store's read, not from the writes
        await Events.AppendAsync([.. events, E.Message("x", H(2)) with { Community = "c2" }], None);

        var streamed = new List<ActivityEvent>();
        await foreach (var e in Events.StreamCommunityAsync("c1", None))
        {
            streamed.Add(e);
        }

        Assert.Equal(events.Count, streamed.Count);
        Assert.Equal(Json(await Events.ReadCommunityAsync("c1", null, None)), Json(streamed));
        Assert.Equal(Json(events.Order(EventOrder.Instance)), Json(streamed));
    }

    [Fact]
    public async Task ReadAboutMessages_FindsMessagesTheirDeletionsAndReactions_OfThatCommunityOnly()
    {
        await Events.AppendAsync(
        [
            E.Message("ann", H(5), id: "m1"), E.Message("bob", H(5), id: "m2"), E.Reaction("eve", "m2", H(4)), E.Delete("m1", H(3)),
            E.Message("ann", H(5), id: "m1") with { Community = "c2" },
        ], None);

        var about = await Events.ReadAboutMessagesAsync("c1", ["m1"], ["m2"], None);

        Assert.Equal(["Delete:m1:c1", "Message:m1:c1", "ReactionAdded:m2:c1"], about.Select(e => $"{e.Kind}:{e.MessageId}:{e.Community}").Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task ReadCommunity_RepeatedStrings_OneInstanceEach()
    {
        // A rebuild holds a community's whole history: the member, channel and emoji of a thousand rows are one string each.
        await Events.AppendAsync([E.Message("ann", H(3), id: "m1"), E.Message("ann", H(2), id: "m2"),
            E.Reaction("bob", "m1", H(1), emoji: "🙏"), E.Reaction("bob", "m2", H(1), emoji: "🙏")], None);

        var read = await Events.ReadCommunityAsync("c1", null, None);

        Assert.Equal(4, read.Count);
        Assert.Same(read[0].User, read[1].User);
        Assert.Same(read[0].Channel, read[3].Channel);
        Assert.Same(read[0].Community, read[3].Community);
        Assert.Same(read[2].Emoji, read[3].Emoji);
        Assert.Equal(["ann", "ann", "bob", "bob"], read.Select(e => e.User));
    }

    [Fact]
    public async Task ReadAllInTimeOrder_StreamsEveryCommunityByTime()
    {
        await Events.AppendAsync([E.Message("a", H(1)), E.Message("b", H(3)) with { Community = "c2" }, E.Message("c", H(2))], None);

        Assert.Equal(["b", "c", "a"], Events.ReadAllInTimeOrder().Select(e => e.User));
    }

    [Fact]
    public async Task CommunityFacts_FirstEventLastMessagePlatformAndList()
    {
        await Events.AppendAsync(
        [
            E.Message("a", H(10)) with { Platform = "import" }, E.Message("b", H(6)), E.Join("c", H(1)), E.Message("d", H(2)) with { Community = "c0" },
        ], None);

        Assert.Equal(Now - H(10), await Events.FirstEventAtAsync("c1", None));
        Assert.Equal(Now - H(6), await Events.LastMessageAtAsync("c1", "discord", Now - H(48), None));
        Assert.Null(await Events.LastMessageAtAsync("c1", "discord", Now - H(5), None));
        Assert.Equal("discord", await Events.PlatformOfAsync("c1", None));
        Assert.Null(await Events.PlatformOfAsync("nowhere", None));
        Assert.Null(await Events.FirstEventAtAsync("nowhere", None));
        Assert.Equal(["c0", "c1"], await Events.CommunitiesAsync(None));
    }

    [Fact]
    public async Task DeleteMember_ErasesTheirEventsAndWhatWasDerived_AndCaptureStops()
    {
        await Events.AppendAsync([E.Message("ann", H(3)), E.Message("ann", H(2)), E.Message("bob", H(1))], None);
        await Bot.Get<Core.Live.IMemberLevelStore>().SaveAsync("c1", new Dictionary<string, int> { ["ann"] = 3, ["bob"] = 2 }, None);
        Assert.Equal(2, (await Bot.Get<Core.Live.IMemberLevelStore>().GetAsync("c1", ["ann", "bob", "carl"], None)).Count);
        await Bot.Get<ISalesLedger>().TryRecordAsync("c1", new Sale("s1", "sql-101", 49m, "EUR", "ann@example.org", Now) { Member = "ann" }, None);

        await Bot.Get<IPrivacyStore>().SetAsync("c1", "ann", PrivacyChoice.Deleted, None);
        var deleted = await Events.DeleteMemberAsync("c1", "ann", None);
        var afterwards = await Events.AppendAsync([E.Message("ann", H(0.5)), E.Message("bob", H(0.4))], None);

        Assert.Equal(2, deleted);
        Assert.Equal([false, true], afterwards);
        Assert.Equal(2, await Events.CountAsync("c1", None));
        Assert.Equal(["bob"], (await Bot.Get<Core.Live.IMemberLevelStore>().AllAsync("c1", 0, None)).Keys);
        var sale = Assert.Single(await Bot.Get<ISalesLedger>().ListAsync("c1", None));
        Assert.Equal((49m, (string?)null, (string?)null), (sale.Amount, sale.Member, sale.Buyer)); // revenue stays, the person goes
        Assert.Equal(["ann"], await Bot.Get<IPrivacyStore>().OptedOutAsync("c1", None));
    }

    [Fact]
    public async Task PurgeText_BlanksOldTextOnly_AndDeleteCommunity_RemovesItsEvents()
    {
        await Events.AppendAsync([E.Message("ann", H(30)), E.Message("bob", H(1)), E.Message("x", H(30)) with { Community = "c2" }], None);

        Assert.Equal(1, await Events.PurgeTextBeforeAsync("c1", Now - H(24), None));
        var read = await Events.ReadCommunityAsync("c1", null, None);
        Assert.Equal([null, "a helpful message about things"], read.Select(e => e.Text));
        Assert.Equal(30, read[0].Length); // derived fields stay

        Assert.Equal(2, await Events.DeleteCommunityAsync("c1", None));
        Assert.Equal(0, await Events.CountAsync("c1", None));
        Assert.Equal(["c2"], await Events.CommunitiesAsync(None));
    }

    [Fact]
    public async Task Scores_FullAndIncrementalSaves_ListAndGet_AndSnapshotsInTimeOrder()
    {
        await Events.AppendAsync([E.Message("ann", H(3)), E.Message("bob", H(2)), E.Reaction("bob", "m1", H(1))], None);
        var scorer = Bot.Get<EngagementScorer>();

        var result = await scorer.ScoreCommunityAsync("c1", None);
        var scores = Bot.Get<IScoreStore>();

        Assert.Equal(Json(result.Members.OrderBy(m => m.User)), Json((await scores.ListAsync("c1", None)).OrderBy(m => m.User)));
        Assert.Equal(Json(result.Members.Single(m => m.User == "ann")), Json((await scores.GetAsync("c1", "ann", None))!));
        Assert.Null(await scores.GetAsync("c1", "nobody", None));
        foreach (var hours in new[] { 2, 3, 1 })
        {
            await scores.AppendSnapshotAsync(result.Snapshot with { At = Now - H(hours) }, None);
        }
        Assert.Equal([Now - H(2), Now - H(1)], (await scores.SnapshotsAsync("c1", 2, None)).Select(s => s.At));

        await scores.DeleteCommunityAsync("c1", None);
        Assert.Empty(await scores.ListAsync("c1", None));
    }

    [Fact]
    public async Task LatestScores_KeepTheLastRun_AndFollowARunStoredPastThem()
    {
        await Events.AppendAsync([E.Message("ann", H(3)), E.Message("bob", H(2)), E.Reaction("bob", "m1", H(1))], None);
        var latest = Bot.Get<LatestScores>();
        Assert.Empty(await latest.ListAsync("c1", None));

        var first = await Bot.Get<EngagementScorer>().ScoreCommunityAsync("c1", None);
        Assert.Equal(first.Basis.RunId, (await Bot.Get<IScoreStore>().BasisAsync("c1", None))!.RunId);
        Assert.Same(first.Members.Single(m => m.User == "ann"), await latest.GetAsync("c1", "ann", None)); // kept, not read again

        // A run stored without passing through this instance's scorer (another instance, a restore): read from the store.
        var other = first with
        {
            Basis = first.Basis with { RunId = "other-instance" },
            Changed = [.. first.Changed.Select(t => t.User == "ann" ? t with { Points = t.Points + 500 } : t)],
        };
        await Bot.Get<IScoreStore>().SaveAsync(other, None);
        Assert.Equal(first.Members.Single(m => m.User == "ann").Points + 500, (await latest.GetAsync("c1", "ann", None))!.Points);
        Assert.Equal(["ann", "bob"], (await latest.ListAsync("c1", None)).Select(m => m.User).Order(StringComparer.Ordinal));

        await Bot.Get<IScoreStore>().DeleteCommunityAsync("c1", None);
        Assert.Empty(await latest.ListAsync("c1", None));
        Assert.Null(await latest.GetAsync("c1", "ann", None));
    }

    [Fact]
    public async Task SettingsAuditAndJobRuns_RoundTrip()
    {
        var settings = Bot.Get<ISettingsStore>();
        var changed = CommunitySettings.DefaultFor("c1") with { TimeZone = "Europe/Berlin", ModeratorUsers = ["mod"] };
        await settings.SaveAsync(changed, None);
        var audit = Bot.Get<IAuditLog>();
        await audit.AppendAsync(new AuditEntry("c1", "boss", "first", "", Now), None);
        await audit.AppendAsync(new AuditEntry("c1", "boss", "second, same instant", "", Now), None);
        await audit.AppendAsync(new AuditEntry("c1", "boss", "earlier", "", Now - H(1)), None);
        await Bot.Get<IJobRunLog>().RecordAsync("score", "c1", Now, None);

        Assert.Equal(Json(changed), Json(await settings.GetAsync("c1", None)));
        Assert.Equal(Json(CommunitySettings.DefaultFor("c9")), Json(await settings.GetAsync("c9", None)));
        Assert.Equal(["c1"], (await settings.ListAsync(None)).Select(s => s.Community));
        Assert.Equal(["second, same instant", "first"], (await audit.RecentAsync("c1", 2, None)).Select(a => a.Action));
        Assert.Equal(Now, await Bot.Get<IJobRunLog>().LastRunAsync("score", "c1", None));
        Assert.Null(await Bot.Get<IJobRunLog>().LastRunAsync("score", "c2", None));
        await settings.DeleteAsync("c1", None);
        Assert.Empty(await settings.ListAsync(None));
    }

    [Fact]
    public async Task Sales_AShopEventIsRecordedOnce()
    {
        var ledger = Bot.Get<ISalesLedger>();
        var sale = new Sale("evt-1", "sql-101", 19.99m, "USD", null, Now);

        Assert.True(await ledger.TryRecordAsync("c1", sale, None));
        Assert.False(await ledger.TryRecordAsync("c1", sale with { Amount = 1m }, None));
        Assert.True(await ledger.TryRecordAsync("c2", sale, None));
        Assert.Equal(19.99m, Assert.Single(await ledger.ListAsync("c1", None)).Amount);
        await ledger.SetSecretAsync("c1", "s3cret", None);
        Assert.Equal("s3cret", await ledger.SecretAsync("c1", None));
        Assert.Null(await ledger.SecretAsync("c2", None));
    }

    [Fact]
    public async Task Catalog_StartsFromTheStarterOnce_AndARemovedCourseStaysRemovedAfterReopening()
    {
        var catalog = Bot.Get<ICourseCatalog>();
        var starter = Bot.Get<StarterCatalog>().Courses;
        var first = await catalog.ListAsync("c1", None);
        Assert.Equal(starter.Select(c => c.Id).Order(StringComparer.Ordinal), first.Select(c => c.Id));
        if (first.Count > 0)
        {
            Assert.True(await catalog.RemoveAsync("c1", first[0].Id, None));
        }
        await catalog.SaveAsync("c1", new Course { Id = "rust-1", Title = "Rust", Url = "https://example.org/rust", Tags = ["rust"] }, None);

        await Bot.DisposeAsync();
        Bot = await Bot.StartAsync(Kind, Bot.Location, Now);
        var reopened = await Bot.Get<ICourseCatalog>().ListAsync("c1", None);

        Assert.Equal(first.Skip(1).Select(c => c.Id).Append("rust-1").Order(StringComparer.Ordinal), reopened.Select(c => c.Id));
        Assert.Equal("Rust", (await Bot.Get<ICourseCatalog>().FindAsync("c1", "rust-1", None))!.Title);
    }

    [Fact]
    public async Task Identity_CodesAreTakenOnce_LinksAndJoinsRoundTrip()
    {
        var store = Bot.Get<IIdentityStore>();
        await store.SaveCodeAsync(new PendingCode("ABCD2345", CodeKind.Member, "discord", "g1", "ann", Now), None);

        Assert.Equal("ann", (await store.TakeCodeAsync("ABCD2345", None))?.User);
        Assert.Null(await store.TakeCodeAsync("ABCD2345", None));
        await store.AddLinkAsync(new MemberLink(new("discord", "ann"), new("telegram", "7"), Now), None);
        await store.AddLinkAsync(new MemberLink(new("discord", "bob"), new("telegram", "8"), Now), None);
        Assert.Equal(1, await store.RemoveLinksAsync(new("telegram", "7"), None));
        Assert.Equal("bob", Assert.Single(await store.LinksAsync(None)).First.User);
        await store.AddJoinAsync(new CommunityJoin("telegram", "-100", "discord", "g1", Now), None);
        Assert.Equal("g1", Assert.Single(await store.JoinsAsync(None)).Community);
        Assert.True(await store.RemoveJoinAsync("telegram", "-100", None));
        Assert.False(await store.RemoveJoinAsync("telegram", "-100", None));
    }

    [Fact]
    public async Task Recommendations_ProfilesAndModelSurviveAReopen_WithTheSameAnswer()
    {
        var texts = new[] { "learning sql joins and data modelling", "docker compose for my sql database", "python pandas for data analysis" };
        var events = Enumerable.Range(0, 30).Select(i => E.Message("u" + (i % 6), H(40 - i), texts[i % 3] + " #" + i)).ToList();
        await Bot.Get<Core.Ingest.IIngestQueue>().StoreAsync(events, None);
        var before = await AskAsync("u1", "/recommend");
        Assert.False(before.IsError, before.Text);
        Assert.NotEmpty(await Bot.Get<Core.Recommendations.Profiles.IRecommendationStore>().ProfilesAsync("c1", null, None));
        var some = await Bot.Get<Core.Recommendations.Profiles.IRecommendationStore>().ProfilesAsync("c1", ["u1", "u3", "nobody"], None);
        Assert.Equal(["u1", "u3"], some.Select(p => p.User).Order());

        await Bot.DisposeAsync();
        Bot = await Bot.StartAsync(Kind, Bot.Location, Now);

        Assert.NotNull(await Bot.Get<Core.Recommendations.Profiles.IRecommendationStore>().LoadModelAsync("c1", None));
        Assert.Equal(before.Text, (await AskAsync("u1", "/recommend")).Text);
    }

    [Fact]
    public async Task Recommendations_EachProfile_EveryMemberOnceAcrossPages_NoOtherCommunity()
    {
        var members = 2_203; // more than one of LiteDB's key pages (PagedReads.PageSize)
        var events = Enumerable.Range(0, members).Select(i => E.Message("u" + i, H(50 - (i * 0.01)), "learning sql joins #" + i) with { UserName = "Member " + i })
            .Append(new Events(Now, "c1x", "discord").Message("other", H(1), "sql in another community"))
            .ToList();
        await Bot.Get<Core.Ingest.IIngestQueue>().StoreAsync(events, None);
        await Bot.Get<Core.Recommendations.Profiles.RecommendationModels>().RefreshAsync("c1", None);
        await Bot.Get<Core.Recommendations.Profiles.RecommendationModels>().RefreshAsync("c1x", None);
        var store = Bot.Get<Core.Recommendations.Profiles.IRecommendationStore>();

        var each = new List<Core.Recommendations.Profiles.MemberProfile>();
        await foreach (var profile in store.EachProfileAsync("c1", None))
        {
            each.Add(profile);
        }

        Assert.Equal(Enumerable.Range(0, members).Select(i => "u" + i).Order(StringComparer.Ordinal), each.Select(p => p.User).Order(StringComparer.Ordinal));
        var listed = (await store.ProfilesAsync("c1", null, None)).ToDictionary(p => p.User);
        Assert.All(each, p => Assert.Equal(Json(listed[p.User]), Json(p)));
        Assert.Equal("Member 7", each.Single(p => p.User == "u7").Name);
    }

    private Task<Core.Commands.Reply> AskAsync(string user, string text) =>
        Bot.Get<Core.Commands.CommandDispatcher>().DispatchAsync(
            new Core.Commands.CommandRequest("discord", "c1", "general", user, user, Core.Commands.MemberRole.Member, text), None);
}

public sealed class LiteDbStoreContract() : StoreContract(new LiteDbKind());

public sealed class PostgresStoreContract() : StoreContract(new PostgresKind());
