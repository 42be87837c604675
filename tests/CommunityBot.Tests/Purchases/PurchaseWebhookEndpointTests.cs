using System.Globalization;
using System.Net;
using System.Text;
using CommunityBot.Core;
using CommunityBot.Core.Communities;
using CommunityBot.Core.Purchases;
using CommunityBot.Core.Recommendations.Catalog;
using CommunityBot.Http;
using CommunityBot.Storage.LiteDb;
using CommunityBot.TestKit;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityBot.Tests.Purchases;

/// <summary>POST /hooks/purchases/{community} on a real Kestrel listener on 127.0.0.1, over the real core and LiteDB.</summary>
public sealed class PurchaseWebhookEndpointTests : IAsyncLifetime, IDisposable
{
    private const string Secret = "whsec_endpoint-test";
    private readonly TempFolder _folder = new();
    private WebApplication _app = null!;
    private HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Services.AddCore();
        builder.Services.AddLiteDbStorage(_folder.File("test.db"));
        builder.Services.AddSingleton<IJobSchedules, FakeJobSchedules>();
        _app = builder.Build();
        _app.MapPurchaseWebhook();
        await _app.StartAsync();
        await _app.Services.GetRequiredService<ISalesLedger>().SetSecretAsync("g1", Secret, CancellationToken.None);
        await _app.Services.GetRequiredService<ICourseCatalog>().SaveAsync("g1",
            new Course { Id = "sql", Title = "SQL", Url = "https://courses.example.com/sql", Tags = ["sql"] }, CancellationToken.None);
        _http = new HttpClient { BaseAddress = new Uri(_app.Urls.First()) };
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

    private async Task<(HttpStatusCode Status, string Text)> PostAsync(string body, string? secret = Secret)
    {
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/hooks/purchases/g1") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add("X-CommunityBot-Timestamp", timestamp.ToString(CultureInfo.InvariantCulture));
        if (secret is not null)
        {
            request.Headers.Add("X-CommunityBot-Signature", "sha256=" + PurchaseSignature.Sign(secret, timestamp, Encoding.UTF8.GetBytes(body)));
        }
        using var response = await _http.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task SignedSale_200_ThenReplay409_WrongSignature401_HugeBody413()
    {
        const string sale = """{"id":"o-1","course":"sql","amount":19,"currency":"EUR","buyer":"discord:someone","time":"2026-12-01T10:00:00Z"}""";

        Assert.Equal((HttpStatusCode.OK, "Recorded an unattributed sale of sql."), await PostAsync(sale));
        Assert.Equal(HttpStatusCode.Conflict, (await PostAsync(sale)).Status);
        var forged = await PostAsync(sale.Replace("o-1", "o-2", StringComparison.Ordinal), "whsec_guess");
        Assert.Equal((HttpStatusCode.Unauthorized, "Refused: signature does not match."), forged);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, (await PostAsync(new string(' ', 300_000) + sale)).Status);

        var sales = await _app.Services.GetRequiredService<ISalesLedger>().ListAsync("g1", CancellationToken.None);
        Assert.Equal("o-1", Assert.Single(sales).EventId);
    }
}
