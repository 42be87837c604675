using System.Text.Json;
using CommunityBot.Core;
using CommunityBot.Core.Commands;
using CommunityBot.Core.Communities;
using CommunityBot.Core.Ingest;
using CommunityBot.Http;
using CommunityBot.Pictures;
using CommunityBot.Storage.LiteDb;
using CommunityBot.Tests.Pictures;
using CommunityBot.TestKit;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Playwright;

namespace CommunityBot.Tests.Browser;

/// <summary>
/// The public leaderboard and the moderator dashboard in a real headless Chromium, served by Kestrel on 127.0.0.1
/// over the real core, LiteDB and the SkiaSharp charts. Twelve members; member 11 hides; member 3's name is Arabic.
/// </summary>
public sealed class WebPagesBrowserTests : IAsyncLifetime, IDisposable
{
    private const string PublicBase = "http://bot.example"; // what /dashboard writes; the browser opens the same path on the test's listener
    private readonly TempFolder _folder = new();
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);
    private WebApplication _app = null!;
    private IPlaywright _playwright = null!;
    private IBrowser _browser = null!;
    private string _base = "";

    public async Task InitializeAsync()
    {
        CardFonts.Load();
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Configuration["Commands:RateLimit:Calls"] = "0";
        builder.Configuration["Http:PublicBaseUrl"] = PublicBase;
        builder.Services.AddSingleton<TimeProvider>(_clock);
        builder.Services.AddCore();
        builder.Services.AddPictures();
        builder.Services.AddLiteDbStorage(_folder.File("test.db"));
        builder.Services.AddSingleton<IJobSchedules, FakeJobSchedules>();
        _app = builder.Build();
        _app.MapWebLeaderboard();
        _app.MapDashboard();
        await _app.StartAsync();
        _base = _app.Urls.First();
        var e = new Events(_clock.GetUtcNow());
        var events = new List<Core.Activity.ActivityEvent>();
        for (var member = 1; member <= 12; member++)
        {
            var name = member == 3 ? "سارة أحمد" : $"Member {member:00}";
            for (var m = 0; m < member; m++)
            {
                events.Add(e.Message($"u{member}", TimeSpan.FromHours(m * 3 + 1), $"message {m} of member {member} about sql and data") with { UserName = name });
            }
        }
        // Member 12 is answered by five others and thanked by two: the key opinion leader.
        events.Add(e.Message("u12", TimeSpan.FromHours(40), "how do I index a sql table for range queries?", id: "top") with { UserName = "Member 12" });
        for (var member = 4; member <= 8; member++)
        {
            events.Add(e.Message($"u{member}", TimeSpan.FromHours(39), $"use a btree index on the range column, member {member} here", replyTo: "top") with { UserName = $"Member {member:00}" });
        }
        events.Add(e.Reaction("u9", "top", TimeSpan.FromHours(38)) with { UserName = "Member 09" });
        events.Add(e.Reaction("u10", "top", TimeSpan.FromHours(38)) with { UserName = "Member 10" });
        await _app.Services.GetRequiredService<IIngestQueue>().StoreAsync([.. events.OrderBy(x => x.At)], CancellationToken.None);
        await AskAsync("boss", "/config web on", MemberRole.Admin);
        await AskAsync("u11", "/privacy hide");
        (_playwright, _browser) = await Chromium.LaunchAsync();
    }

    public async Task DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    public void Dispose() => _folder.Dispose();

    private Task<Reply> AskAsync(string user, string text, MemberRole role = MemberRole.Member, string community = "c1") =>
        _app.Services.GetRequiredService<CommandDispatcher>().DispatchAsync(
            new CommandRequest("test", community, "general", user, user, role, text), CancellationToken.None);

    private async Task<string> DashboardLinkAsync(string community = "c1")
    {
        var reply = await AskAsync("mod", "/dashboard", MemberRole.Moderator, community);
        Assert.False(reply.IsError, reply.Text);
        var url = new Uri(JsonSerializer.SerializeToElement(reply.Data).GetProperty("url").GetString()!);
        Assert.StartsWith(PublicBase + "/c/" + community + "/dashboard?t=", url.ToString(), StringComparison.Ordinal);
        return _base + url.PathAndQuery;
    }

    /// <summary>With COMMUNITYBOT_SCREENSHOTS=DIR, the pages are saved there to be looked at.</summary>
    private static async Task ScreenshotAsync(IPage page, string name)
    {
        if (Environment.GetEnvironmentVariable("COMMUNITYBOT_SCREENSHOTS") is { Length: > 0 } folder)
        {
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name), FullPage = true });
        }
    }

    private static Task<IReadOnlyList<string>> MembersAsync(IPage page) => page.Locator("tbody tr td:nth-child(2)").AllInnerTextsAsync();

    [Fact]
    public async Task Leaderboard_ShowsTheMembersInOrder_PagesByItsLink_AndNeverTheHiddenMember()
    {
        await using var context = await _browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 390, Height = 844 } });
        var page = await context.NewPageAsync();

        var response = await page.GotoAsync(_base + "/c/c1/leaderboard?period=all");

        Assert.Equal(200, response!.Status);
        await ScreenshotAsync(page, "leaderboard-phone.png");
        var first = await MembersAsync(page);
        Assert.Equal(["Member 12", "Member 10", "Member 09", "Member 08", "Member 07", "Member 06", "Member 05", "Member 04", "سارة أحمد", "Member 02"], first);
        await page.ClickAsync("a[rel=next]");
        // The table is in the HTML: waiting for the whole "load" (every image and font) timed out once on a loaded CI machine.
        await page.WaitForURLAsync("**page=2", new PageWaitForURLOptions { WaitUntil = WaitUntilState.DOMContentLoaded });
        Assert.Equal(["Member 01"], await MembersAsync(page));
        Assert.DoesNotContain("Member 11", await page.ContentAsync(), StringComparison.Ordinal);
        // Readable on a phone: the table fits the viewport, nothing scrolls sideways.
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"));
        await page.ClickAsync("a[rel=prev]");
        Assert.Equal(first, await MembersAsync(page));
    }

    [Fact]
    public async Task Dashboard_OpensWithTheLinkOnce_ShowsChartsAndTables_AndSetsAStrictHttpOnlyCookie()
    {
        var link = await DashboardLinkAsync();
        await using var context = await _browser.NewContextAsync();
        var page = await context.NewPageAsync();

        await page.GotoAsync(link);
        await page.WaitForURLAsync(_base + "/c/c1/dashboard");

        Assert.Equal("Dashboard", await page.TitleAsync());
        await ScreenshotAsync(page, "dashboard.png");
        Assert.True(await page.EvaluateAsync<int>("document.getElementById('charts').naturalWidth") >= StatsChartPainter.ChartWidth);
        Assert.True(await page.Locator("#personas tbody tr").CountAsync() >= 2);
        Assert.True(await page.Locator("#days tbody tr").CountAsync() >= 2);
        Assert.Contains("Member 12", await page.Locator("#leaders").InnerTextAsync(), StringComparison.Ordinal);
        var cookie = Assert.Single(await context.CookiesAsync(), c => c.Name == DashboardEndpoint.Cookie);
        Assert.True(cookie.HttpOnly);
        Assert.Equal(SameSiteAttribute.Strict, cookie.SameSite);
        Assert.Equal("/c/c1/dashboard", cookie.Path);
        Assert.Null(await page.EvaluateAsync<string?>("document.cookie.includes('cb_dashboard') ? 'visible' : null"));

        var reload = await page.ReloadAsync(); // the session cookie keeps the moderator in
        Assert.Equal(200, reload!.Status);

        await using var other = await _browser.NewContextAsync();
        var reused = await (await other.NewPageAsync()).GotoAsync(link);
        Assert.Equal(403, reused!.Status);
        Assert.Contains("already used", await reused.TextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dashboard_RefusedWithoutALink_WithAnExpiredLink_AndForAnotherCommunity()
    {
        await using var context = await _browser.NewContextAsync();
        var page = await context.NewPageAsync();

        var bare = await page.GotoAsync(_base + "/c/c1/dashboard");
        Assert.Equal(403, bare!.Status);
        Assert.Contains("/dashboard", await page.InnerTextAsync("body"), StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("#charts").CountAsync());

        var late = await DashboardLinkAsync();
        _clock.Advance(TimeSpan.FromMinutes(16));
        Assert.Equal(403, (await page.GotoAsync(late))!.Status);

        await page.GotoAsync(await DashboardLinkAsync());
        await page.WaitForURLAsync(_base + "/c/c1/dashboard");
        Assert.Equal(403, (await page.GotoAsync(_base + "/c/c2/dashboard"))!.Status); // a c1 session opens c1 alone
        var forC2 = (await DashboardLinkAsync()).Replace("/c/c1/", "/c/c2/", StringComparison.Ordinal);
        Assert.Equal(403, (await page.GotoAsync(forC2))!.Status);
    }

    [Fact]
    public async Task DashboardCommand_IsForModerators()
    {
        var refused = await AskAsync("u5", "/dashboard");

        Assert.True(refused.IsError);
        Assert.Contains("moderators", refused.Text, StringComparison.Ordinal);
    }
}
