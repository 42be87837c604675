using System.Net;
using CommunityBot.Core;
using CommunityBot.Core.Commands;
using CommunityBot.Core.Communities;
using CommunityBot.Core.Ingest;
using CommunityBot.Http;
using CommunityBot.Storage.LiteDb;
using CommunityBot.TestKit;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityBot.Tests.Web;

/// <summary>The public leaderboard page on a real Kestrel listener on 127.0.0.1, over the real core and LiteDB.</summary>
public sealed class WebLeaderboardEndpointTests : IAsyncLifetime, IDisposable
{
    private readonly TempFolder _folder = new();
    private WebApplication _app = null!;
    private HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Configuration["Commands:RateLimit:Calls"] = "0";
        builder.Services.AddCore();
        builder.Services.AddLiteDbStorage(_folder.File("test.db"));
        builder.Services.AddSingleton<IJobSchedules, FakeJobSchedules>();
        _app = builder.Build();
        _app.MapWebLeaderboard();
        await _app.StartAsync();
        _http = new HttpClient { BaseAddress = new Uri(_app.Urls.First()) };
        var e = new Events(DateTimeOffset.UtcNow);
        var events = new List<Core.Activity.ActivityEvent>();
        for (var member = 1; member <= 12; member++)
        {
            var name = member == 3 ? "<script>alert(1)</script>" : $"Member {member:00}";
            for (var m = 0; m < member; m++)
            {
                events.Add(e.Message($"u{member}", TimeSpan.FromHours(m * 3 + 1), $"message {m} of member {member} about sql and data") with { UserName = name });
            }
        }
        await _app.Services.GetRequiredService<IIngestQueue>().StoreAsync(events, CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    public void Dispose()
    {
        _http.Dispose();
        _folder.Dispose();
    }

    private Task<Reply> AskAsync(string user, string text, MemberRole role = MemberRole.Member) =>
        _app.Services.GetRequiredService<CommandDispatcher>().DispatchAsync(
            new CommandRequest("test", "c1", "general", user, user, role, text), CancellationToken.None);

    private async Task<(HttpStatusCode Status, string Html)> GetAsync(string path)
    {
        using var response = await _http.GetAsync(path);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Leaderboard_OffUntilAnAdminTurnsItOn()
    {
        var (status, html) = await GetAsync("/c/c1/leaderboard");
        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Contains("/config web on", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Member 12", html, StringComparison.Ordinal);

        Assert.True((await AskAsync("u1", "/config web on")).IsError); // members may not publish it
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync("/c/c1/leaderboard")).Status);
        Assert.False((await AskAsync("boss", "/config web on", MemberRole.Admin)).IsError);
        Assert.Equal(HttpStatusCode.OK, (await GetAsync("/c/c1/leaderboard")).Status);
    }

    [Fact]
    public async Task Leaderboard_RanksPagesEncodesNamesAndNeverShowsAHiddenMember()
    {
        await AskAsync("boss", "/config web on", MemberRole.Admin);
        await AskAsync("u11", "/privacy hide");

        var (status, first) = await GetAsync("/c/c1/leaderboard?period=all");
        var (_, second) = await GetAsync("/c/c1/leaderboard?period=all&page=2");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.StartsWith("text/html", (await _http.GetAsync("/c/c1/leaderboard?period=all")).Content.Headers.ContentType!.ToString(), StringComparison.Ordinal);
        Assert.True(first.IndexOf("Member 12", StringComparison.Ordinal) < first.IndexOf("Member 10", StringComparison.Ordinal), first);
        Assert.DoesNotContain("Member 11", first + second, StringComparison.Ordinal);
        Assert.Contains("Page 1 of 2 · 11 members", first, StringComparison.Ordinal);
        Assert.Contains("rel=\"next\" href=\"/c/c1/leaderboard?period=all&amp;page=2\"", first, StringComparison.Ordinal);
        Assert.Contains("Member 01", second, StringComparison.Ordinal);
        Assert.DoesNotContain("Member 01", first, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", first + second, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", first + second, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", first + second, StringComparison.OrdinalIgnoreCase);

        Assert.Equal(HttpStatusCode.OK, (await GetAsync("/c/c1/leaderboard?period=engagement")).Status);
        Assert.Equal(HttpStatusCode.BadRequest, (await GetAsync("/c/c1/leaderboard?period=forever")).Status);
    }
}
