using CommunityBot.Hosting;
using CommunityBot.Storage.LiteDb;

namespace CommunityBot.Control;

/// <summary>
/// The running bot's control endpoint for the verbs on the same machine: loopback callers with the token of
/// control.json only. POST /control/backup {"file": ABSOLUTE_PATH} writes a consistent copy of the open database.
/// </summary>
public static class ControlEndpoints
{
    public const string BackupPath = "/control/backup";

    public sealed record BackupRequest(string? File);

    public static WebApplication MapControl(this WebApplication app, BotPaths paths)
    {
        ControlFile? control = null;
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            control = ControlFile.Create(LocalUrl(app.Urls));
            control.WriteTo(paths.DataFolder);
        });
        app.Lifetime.ApplicationStopping.Register(() => control?.DeleteFrom(paths.DataFolder));
        app.MapPost(BackupPath, async (BackupRequest request, HttpContext http, LiteDbContext db) =>
        {
            if (control is null || !IsLoopback(http) || !control.Accepts(http.Request.Headers[ControlFile.TokenHeader]))
            {
                return Results.Problem("Only `communitybot backup` on this machine may ask for a backup.", statusCode: 403);
            }
            if (request.File is not { Length: > 0 } file || !Path.IsPathFullyQualified(file))
            {
                return Results.Problem("The backup file must be an absolute path.", statusCode: 400);
            }
            try
            {
                // LiteDB ties a transaction to its thread, so the copy runs on one dedicated thread, not across awaits.
                var summary = await Task.Factory.StartNew(() => LiveBackup.Write(db, file), CancellationToken.None,
                    TaskCreationOptions.LongRunning, TaskScheduler.Default);
                return Results.Ok(summary);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                return Results.Problem(ex.Message, statusCode: 409);
            }
        });
        return app;
    }

    private static bool IsLoopback(HttpContext http) =>
        http.Connection.RemoteIpAddress is { } remote && System.Net.IPAddress.IsLoopback(remote);

    /// <summary>The first address the server listens on, with a wildcard host (0.0.0.0, [::], +, *) read as 127.0.0.1.</summary>
    internal static string LocalUrl(ICollection<string> urls)
    {
        var first = urls.FirstOrDefault() ?? throw new InvalidOperationException("The HTTP endpoint listens on no address.");
        var wildcard = first.Replace("://+", "://127.0.0.1", StringComparison.Ordinal).Replace("://*", "://127.0.0.1", StringComparison.Ordinal);
        var url = new UriBuilder(wildcard);
        if (url.Host is "0.0.0.0" or "[::]" or "::")
        {
            url.Host = "127.0.0.1";
        }
        return url.Uri.GetLeftPart(UriPartial.Authority);
    }
}
