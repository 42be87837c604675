using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using CommunityBot.Discord.Gateway;

namespace CommunityBot.Discord.Rest;

/// <summary>
/// Discord's REST API over a typed HttpClient whose handler chain adds bot auth, rate-limit buckets and retries.
/// One partial per resource.
/// </summary>
internal sealed partial class DiscordRestClient(HttpClient http)
{
    private static readonly DiscordJsonContext Json = DiscordJsonContext.Default;

    private async Task<TResult> SendAsync<TResult>(
        HttpMethod method, string path, HttpContent? content, JsonTypeInfo<TResult> result, CancellationToken ct)
    {
        using var response = await SendRawAsync(method, path, content, ct);
        var value = TolerantJson.Read(await response.Content.ReadAsByteArrayAsync(ct), result);
        return value ?? throw new DiscordRestException(response.StatusCode, $"{method} {path}", "empty body");
    }

    // reason: shown in the server's audit log (X-Audit-Log-Reason).
    private async Task SendAsync(HttpMethod method, string path, HttpContent? content, CancellationToken ct, string? reason = null)
    {
        using var response = await SendRawAsync(method, path, content, ct, reason);
    }

    private async Task<HttpResponseMessage> SendRawAsync(HttpMethod method, string path, HttpContent? content, CancellationToken ct, string? reason = null)
    {
        using var request = new HttpRequestMessage(method, path) { Content = content };
        if (reason is not null)
        {
            request.Headers.Add("X-Audit-Log-Reason", Uri.EscapeDataString(reason));
        }
        var response = await http.SendAsync(request, ct);
        if (response.IsSuccessStatusCode)
        {
            return response;
        }
        var body = await response.Content.ReadAsStringAsync(ct);
        response.Dispose();
        throw new DiscordRestException(response.StatusCode, $"{method} {RateLimitRoute.Of(method, path).Route}", body);
    }

    private static StringContent JsonBody<T>(T value, JsonTypeInfo<T> info) =>
        new StringContent(JsonSerializer.Serialize(value, info), Encoding.UTF8, "application/json");

    /// <summary>JSON alone, or multipart with payload_json and files[n] when there are files.</summary>
    private static HttpContent Body<T>(T value, JsonTypeInfo<T> info, IReadOnlyList<UploadFile> files)
    {
        if (files.Count == 0)
        {
            return JsonBody(value, info);
        }
        var multipart = new MultipartFormDataContent { { JsonBody(value, info), "payload_json" } };
        for (var i = 0; i < files.Count; i++)
        {
            var file = new ByteArrayContent(files[i].Content);
            file.Headers.ContentType = new MediaTypeHeaderValue(MediaTypeOf(files[i].Name));
            multipart.Add(file, $"files[{i}]", files[i].Name);
        }
        return multipart;
    }

    private static string MediaTypeOf(string name) => Path.GetExtension(name).ToUpperInvariant() switch
    {
        ".PNG" => "image/png",
        ".JPG" or ".JPEG" => "image/jpeg",
        ".GIF" => "image/gif",
        ".WEBP" => "image/webp",
        ".SVG" => "image/svg+xml",
        _ => "application/octet-stream",
    };
}
