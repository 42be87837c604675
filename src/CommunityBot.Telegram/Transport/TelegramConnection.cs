using Microsoft.Extensions.Options;
using Telegram.Bot;

namespace CommunityBot.Telegram.Transport;

/// <summary>
/// The one HTTP connection to the Bot API. The HttpClient is made here rather than by IHttpClientFactory on purpose:
/// the Bot API carries the token in every request URL, and the factory's logging handlers log request URLs.
/// </summary>
internal sealed class TelegramConnection : IDisposable
{
    private readonly HttpClient _http = new(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
    {
        Timeout = TimeSpan.FromSeconds(100),
    };
    private readonly string _methodBase;

    public TelegramConnection(IOptions<TelegramOptions> options)
    {
        var settings = options.Value;
        var botOptions = new TelegramBotClientOptions(settings.Token, settings.ApiBaseUrl.Length > 0 ? settings.ApiBaseUrl : null)
        {
            RetryCount = 0, // 429s are retried by TelegramRetry, which logs and honours the cancellation token
        };
        Client = new TelegramBotClient(botOptions, _http);
        _methodBase = botOptions.BaseRequestUrl.TrimEnd('/') + "/";
    }

    public ITelegramBotClient Client { get; }

    public HttpClient Http => _http;

    /// <summary>The URL of a Bot API method. It contains the token: never log it.</summary>
    public Uri MethodUri(string method) => new(_methodBase + method);

    public void Dispose() => _http.Dispose();
}
