using System.Text.Json;
using CommunityBot.Storage.LiteDb;

namespace CommunityBot.Control;

/// <summary>The verbs' side of the control endpoint: asks the bot running on a data folder to do the work.</summary>
public static class ControlClient
{
    public sealed record Answer(BackupSummary? Summary, int Status, string? Problem);

    /// <summary>Null when no bot answers on this data folder (none started, or one that was killed left its file).</summary>
    public static async Task<Answer?> BackupAsync(string dataFolder, string file, CancellationToken ct)
    {
        if (ControlFile.ReadFrom(dataFolder) is not { } control)
        {
            return null;
        }
        using var http = new HttpClient(new SocketsHttpHandler { ConnectTimeout = TimeSpan.FromSeconds(5) })
        {
            BaseAddress = new Uri(control.Url + "/"),
            Timeout = TimeSpan.FromHours(1),
        };
        http.DefaultRequestHeaders.Add(ControlFile.TokenHeader, control.Token);
        HttpResponseMessage response;
        try
        {
            response = await http.PostAsJsonAsync(ControlEndpoints.BackupPath.TrimStart('/'), new ControlEndpoints.BackupRequest(file), ct);
        }
        catch (HttpRequestException ex) when (ex.StatusCode is null)
        {
            return null;
        }
        using (response)
        {
            if (response.IsSuccessStatusCode)
            {
                return new Answer(await response.Content.ReadFromJsonAsync<BackupSummary>(ct), (int)response.StatusCode, null);
            }
            return new Answer(null, (int)response.StatusCode, await ProblemAsync(response, ct));
        }
    }

    private static async Task<string> ProblemAsync(HttpResponseMessage response, CancellationToken ct)
    {
        var body = await response.Content.ReadAsStringAsync(ct);
        try
        {
            using var problem = JsonDocument.Parse(body);
            if (problem.RootElement.TryGetProperty("detail", out var detail) && detail.GetString() is { Length: > 0 } text)
            {
                return text;
            }
        }
        catch (JsonException)
        {
            // Not a problem document: fall through to the status line.
        }
        return $"the bot answered {(int)response.StatusCode} {response.ReasonPhrase}";
    }
}
