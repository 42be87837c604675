using System.Net;
using CommunityBot.Core;
using CommunityBot.Core.Activity;
using CommunityBot.Core.Communities;
using CommunityBot.Core.Recommendations.Catalog;
using CommunityBot.Core.Recommendations.Clicks;
using CommunityBot.Http;
using CommunityBot.Storage.LiteDb;
using CommunityBot.TestKit;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityBot.Tests.Recommendations;

/// <summary>The redirect endpoint on a real Kestrel listener on 127.0.0.1, over the real core and LiteDB.</summary>
public sealed class ClickRedirectEndpointTests : IAsyncLifetime, IDisposable
{
    private readonly TempFolder _folder = new();
    private WebApplication _app = null!;
    private HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Configuration["Http:PublicBaseUrl"] = "https://bot.example.com";
        builder.Services.AddCore();
        builder.Services.AddLiteDbStorage(_folder.File("test.db"));
        builder.Services.AddSingleton<IJobSchedules, FakeJobSchedules>();
        _app = builder.Build();
        _app.MapClickRedirect();
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        _http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(address) };
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

    [Fact]
    public async Task Get_KnownToken_RecordsClickAndRedirects302()
    {
        var course = new Course { Id = "sql-mastery", Title = "SQL", Url = "https://courses.example.com/sql-mastery", Tags = ["sql"] };
        var link = await _app.Services.GetRequiredService<ClickLinks>().LinkAsync("discord", "g1", "member-7", course, "digest", CancellationToken.None);
        var path = new Uri(link).AbsolutePath;

        using var response = await _http.GetAsync(path);

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal(course.Url + "?ref=discord_member-7", response.Headers.Location!.ToString());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        var events = await _app.Services.GetRequiredService<IActivityStore>().ReadCommunityAsync("g1", null, CancellationToken.None);
        var click = Assert.Single(events);
        Assert.Equal((EventKind.RecommendationClicked, "member-7", "sql-mastery", "digest"), (click.Kind, click.User, click.Course, click.Detail));
    }

    [Fact]
    public async Task Get_ExpiredToken_410WithAPageSayingSoAndNothingRecorded()
    {
        var token = ClickLinks.NewToken();
        await _app.Services.GetRequiredService<IClickTokenStore>().SaveAsync(
            new ClickToken(token, "discord", "g1", "member-7", "sql", "https://courses.example.com/sql", DateTimeOffset.UtcNow.AddDays(-31)),
            CancellationToken.None);

        using var response = await _http.GetAsync("/r/" + token);

        Assert.Equal(HttpStatusCode.Gone, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("This link has expired", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await _app.Services.GetRequiredService<IActivityStore>().CountAsync("g1", CancellationToken.None));
    }

    [Fact]
    public async Task Get_UnknownToken_404AndNothingRecorded()
    {
        using var response = await _http.GetAsync("/r/" + ClickLinks.NewToken());

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("This link is unknown", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await _app.Services.GetRequiredService<IActivityStore>().CountAsync("g1", CancellationToken.None));
    }
}
