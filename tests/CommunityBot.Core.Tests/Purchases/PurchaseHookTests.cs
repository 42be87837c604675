using System.Text;
using CommunityBot.Core.Activity;
using CommunityBot.Core.Commands;
using CommunityBot.Core.Purchases;
using CommunityBot.Core.Recommendations.Catalog;
using CommunityBot.Core.Recommendations.Clicks;
using CommunityBot.Core.Tests.Recommendations;

namespace CommunityBot.Core.Tests.Purchases;

/// <summary>The purchases webhook over the real core and LiteDB file: signature, age, replay, bodies, attribution.</summary>
public sealed class PurchaseHookTests : IAsyncLifetime
{
    private RecHarness _bot = null!;
    private string _secret = "";

    public async Task InitializeAsync()
    {
        _bot = await RecHarness.StartAsync();
        await _bot.SeedAsync(RecTestData.Message("ann", "m1", "how do I write a dockerfile and a compose file?"));
        var rotated = await _bot.AskAsync("boss", "/config webhook_secret rotate", MemberRole.Admin);
        Assert.False(rotated.IsError, rotated.Text);
        Assert.True(rotated.Ephemeral);
        _secret = rotated.Text.Split('\n')[1];
    }

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    private long Now => _bot.Clock.GetUtcNow().ToUnixTimeSeconds();

    private static byte[] Neutral(string id, string course = "docker-101", string buyer = "discord:ann", string amount = "49.90",
        string time = "2026-11-29T11:00:00Z") =>
        Encoding.UTF8.GetBytes($$"""{"id":"{{id}}","course":"{{course}}","amount":{{amount}},"currency":"eur","buyer":"{{buyer}}","time":"{{time}}"}""");

    private PurchaseHeaders Signed(byte[] body, long? at = null, string? secret = null)
    {
        var timestamp = at ?? Now;
        return new PurchaseHeaders(null, timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "sha256=" + PurchaseSignature.Sign(secret ?? _secret, timestamp, body));
    }

    private Task<PurchaseAnswer> PostAsync(byte[] body, PurchaseHeaders headers, string community = "g1") =>
        _bot.Get<PurchaseHook>().HandleAsync(community, body, headers, CancellationToken.None);

    private Task<IReadOnlyList<Sale>> SalesAsync() => _bot.Get<ISalesLedger>().ListAsync("g1", CancellationToken.None);

    [Fact]
    public async Task SignedSaleOfAMember_BecomesTheirPurchase_AndLeavesTheirPicks()
    {
        var before = await _bot.AskAsync("ann", "/recommend");
        Assert.Contains("docker-101", before.Text, StringComparison.Ordinal);

        var body = Neutral("order-1");
        var answer = await PostAsync(body, Signed(body));

        Assert.Equal(200, answer.Status);
        Assert.Contains("for the member", answer.Message, StringComparison.Ordinal);
        var purchase = Assert.Single(await _bot.EventsAsync(EventKind.CourseEnrolled));
        Assert.Equal(("ann", "docker-101", 49.90, "EUR"), (purchase.User, purchase.Course, purchase.Value, purchase.Detail));
        var sale = Assert.Single(await SalesAsync());
        Assert.Equal(("order-1", "ann", 49.90m), (sale.EventId, sale.Member, sale.Amount));
        var after = await _bot.AskAsync("ann", "/recommend");
        Assert.DoesNotContain("docker-101 course", after.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PrivacyDelete_KeepsTheSaleButNotWhoBoughtIt()
    {
        var body = Neutral("order-5");
        Assert.Equal(200, (await PostAsync(body, Signed(body))).Status);

        await _bot.AskAsync("ann", "/privacy delete confirm");

        var sale = Assert.Single(await SalesAsync());
        Assert.Equal(("order-5", 49.90m, null, null), (sale.EventId, sale.Amount, sale.Member, sale.Buyer));
        Assert.Empty(await _bot.EventsAsync(EventKind.CourseEnrolled));
    }

    [Fact]
    public async Task SaleAfterAClick_CreditedToTheLastClickedSurface_WithinTheWindowOnly()
    {
        var links = _bot.Get<ClickLinks>();
        var store = _bot.Get<IClickTokenStore>();
        var start = _bot.Clock.GetUtcNow();
        async Task ClickAfterAsync(TimeSpan wait, string source)
        {
            _bot.Clock.Advance(wait);
            var token = ClickLinks.NewToken();
            await store.SaveAsync(new ClickToken(token, "discord", "g1", "ann", "docker-101", "https://x.example/d", _bot.Clock.GetUtcNow(), source), CancellationToken.None);
            Assert.NotNull((await links.ClickAsync(token, CancellationToken.None)).Url);
        }
        await ClickAfterAsync(TimeSpan.Zero, "nudge");
        await ClickAfterAsync(TimeSpan.FromDays(17), "digest");
        await ClickAfterAsync(TimeSpan.FromDays(2), "command");
        _bot.Clock.Advance(TimeSpan.FromDays(1));
        // "old" came 10 days after the nudge click (outside the 7-day window) and before the other clicks.
        var oldBody = Encoding.UTF8.GetBytes($$"""{"id":"old","course":"docker-101","amount":1,"currency":"EUR","buyer":"discord_ann","time":"{{start.AddDays(10):O}}"}""");
        var body = Encoding.UTF8.GetBytes($$"""{"id":"new","course":"docker-101","amount":1,"currency":"EUR","buyer":"discord_ann","time":"{{_bot.Clock.GetUtcNow().AddHours(-1):O}}"}""");
        var otherCourse = Neutral("other", course: "sql-mastery");

        Assert.Equal(200, (await PostAsync(oldBody, Signed(oldBody))).Status);
        Assert.Equal(200, (await PostAsync(body, Signed(body))).Status);
        Assert.Equal(200, (await PostAsync(otherCourse, Signed(otherCourse))).Status);

        var sources = (await SalesAsync()).ToDictionary(s => s.EventId, s => s.Source);
        Assert.Equal(new Dictionary<string, string?> { ["old"] = null, ["new"] = "command", ["other"] = null }, sources);
    }

    [Fact]
    public async Task Stats_ShowsTheFunnelBySourceAndCourse_AndSalesWithoutARecommendation()
    {
        var empty = await _bot.AskAsync("mod", "/stats", MemberRole.Moderator);
        Assert.Contains("Sales (last 90 days): none yet", empty.Text, StringComparison.Ordinal);
        await _bot.AskAsync("ann", "/recommend");
        var shown = (await _bot.EventsAsync(EventKind.RecommendationShown)).Count(e => e.Detail == "command");
        var token = ClickLinks.NewToken();
        await _bot.Get<IClickTokenStore>().SaveAsync(
            new ClickToken(token, "discord", "g1", "ann", "docker-101", "https://x.example/d", _bot.Clock.GetUtcNow(), "command"), CancellationToken.None);
        await _bot.Get<ClickLinks>().ClickAsync(token, CancellationToken.None);
        _bot.Clock.Advance(TimeSpan.FromHours(2));
        var bought = Neutral("order-6", time: _bot.Clock.GetUtcNow().AddHours(-1).ToString("O"));
        var shownCourses = (await _bot.EventsAsync(EventKind.RecommendationShown)).Select(e => e.Course).ToHashSet();
        var neverShown = (await _bot.Get<ICourseCatalog>().ListAsync("g1", CancellationToken.None)).First(c => !shownCourses.Contains(c.Id)).Id;
        var elsewhere = Neutral("order-7", buyer: "web_visitor", course: neverShown, amount: "10");
        await PostAsync(bought, Signed(bought));
        await PostAsync(elsewhere, Signed(elsewhere));

        var stats = await _bot.AskAsync("mod", "/stats", MemberRole.Moderator);

        Assert.True(stats.Text.Contains("Sales (last 90 days): 2 sales, revenue EUR 59.90; without a recommendation 1 (EUR 10.00)", StringComparison.Ordinal), stats.Text);
        var perThousand = Math.Round(49.90m * 1000 / shown, 2).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains($"By source: command {shown} shown → 1 clicked → 1 bought (100% of clicks), EUR 49.90, EUR {perThousand} per 1,000 shown",
            stats.Text, StringComparison.Ordinal);
        Assert.Contains("docker-101 1 shown → 1 clicked → 1 bought", stats.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(neverShown, stats.Text, StringComparison.Ordinal); // no row of zeros for a sale the bot had no part in
    }

    [Fact]
    public async Task Replay_SameShopEventId_409AndStoredOnce()
    {
        var body = Neutral("order-2");
        Assert.Equal(200, (await PostAsync(body, Signed(body))).Status);

        var replay = await PostAsync(body, Signed(body));

        Assert.Equal(409, replay.Status);
        Assert.Contains("already recorded", replay.Message, StringComparison.Ordinal);
        Assert.Single(await SalesAsync());
        Assert.Single(await _bot.EventsAsync(EventKind.CourseEnrolled));
    }

    [Fact]
    public async Task UnknownBuyer_KeptAsAnUnattributedSale()
    {
        var body = Neutral("order-3", buyer: "telegram:nobody-here");

        var answer = await PostAsync(body, Signed(body));

        Assert.Equal(200, answer.Status);
        Assert.Contains("unattributed", answer.Message, StringComparison.Ordinal);
        Assert.Null(Assert.Single(await SalesAsync()).Member);
        Assert.Empty(await _bot.EventsAsync(EventKind.CourseEnrolled));
    }

    public static TheoryData<string, string> RefusedCalls => new()
    {
        { "wrong secret", "401 signature does not match" },
        { "stale", "401 more than 5 minutes" },
        { "future", "401 more than 5 minutes" },
        { "no signature", "401 missing signature" },
        { "tampered", "401 signature does not match" },
        { "not json", "400 not valid JSON" },
        { "negative amount", "400 amount" },
        { "no course", "400 id, course and currency" },
        { "unknown course", "422 not in this community's catalog" },
        { "other community", "404 /config webhook_secret rotate" },
    };

    [Theory]
    [MemberData(nameof(RefusedCalls))]
    public async Task RefusedCall_4xxWithItsReason_AndStoresNothing(string call, string expected)
    {
        var body = Neutral("order-x");
        var (payload, headers, community) = call switch
        {
            "wrong secret" => (body, Signed(body, secret: "whsec_not-the-secret"), "g1"),
            "stale" => (body, Signed(body, Now - 301), "g1"),
            "future" => (body, Signed(body, Now + 301), "g1"),
            "no signature" => (body, new PurchaseHeaders(null, Now.ToString(System.Globalization.CultureInfo.InvariantCulture), null), "g1"),
            "tampered" => (Neutral("order-x", amount: "0.01"), Signed(body), "g1"),
            "not json" => (Encoding.UTF8.GetBytes("{\"id\":"), Signed(Encoding.UTF8.GetBytes("{\"id\":")), "g1"),
            "negative amount" => (Neutral("order-x", amount: "-5"), Signed(Neutral("order-x", amount: "-5")), "g1"),
            "no course" => (Encoding.UTF8.GetBytes("{\"id\":\"x\",\"amount\":1}"), Signed(Encoding.UTF8.GetBytes("{\"id\":\"x\",\"amount\":1}")), "g1"),
            "unknown course" => (Neutral("order-x", course: "no-such"), Signed(Neutral("order-x", course: "no-such")), "g1"),
            _ => (body, Signed(body), "g2"),
        };

        var answer = await PostAsync(payload, headers, community);

        Assert.Equal(expected[..3], answer.Status.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains(expected[4..], answer.Message, StringComparison.Ordinal);
        Assert.Empty(await SalesAsync());
        Assert.Empty(await _bot.EventsAsync(EventKind.CourseEnrolled));
    }

    [Fact]
    public async Task StripeCheckoutCompleted_SignedTheStripeWay_IsAPurchase_OtherTypesIgnored()
    {
        var session = Encoding.UTF8.GetBytes("""
            {"id":"evt_1","object":"event","type":"checkout.session.completed","created":1764413000,
             "data":{"object":{"object":"checkout.session","client_reference_id":"discord:ann","amount_total":4990,"currency":"usd",
                     "metadata":{"course":"docker-101"},"some_new_field":{"nested":[1,2]}}}}
            """);
        var stripe = new PurchaseHeaders($"t={Now},v1=deadbeef,v1={PurchaseSignature.Sign(_secret, Now, session)}", null, null);

        var answer = await PostAsync(session, stripe);

        Assert.Equal(200, answer.Status);
        var sale = Assert.Single(await SalesAsync());
        Assert.Equal(("evt_1", "docker-101", 49.90m, "USD", "ann"), (sale.EventId, sale.Course, sale.Amount, sale.Currency, sale.Member));

        var refund = Encoding.UTF8.GetBytes("""{"id":"evt_2","object":"event","type":"charge.refunded","data":{"object":{}}}""");
        var ignored = await PostAsync(refund, new PurchaseHeaders($"t={Now},v1={PurchaseSignature.Sign(_secret, Now, refund)}", null, null));
        Assert.Equal((200, "Ignored: not a completed checkout."), (ignored.Status, ignored.Message));
        Assert.Single(await SalesAsync());
    }

    [Fact]
    public async Task RotatedSecret_OldOneStopsWorking_AndOnlyAdminsMayRotate()
    {
        var old = _secret;
        var member = await _bot.AskAsync("ann", "/config webhook_secret rotate");
        Assert.True(member.IsError);
        var rotated = await _bot.AskAsync("boss", "/config webhook_secret rotate", MemberRole.Admin);
        Assert.NotEqual(old, rotated.Text.Split('\n')[1]);

        var body = Neutral("order-4");
        Assert.Equal(401, (await PostAsync(body, Signed(body, secret: old))).Status);
        Assert.Empty(await SalesAsync());
        var audit = await _bot.AskAsync("boss", "/audit", MemberRole.Admin);
        Assert.Contains("webhook_secret", audit.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(old, audit.Text, StringComparison.Ordinal);
    }
}
