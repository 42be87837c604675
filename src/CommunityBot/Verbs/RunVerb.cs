using CommunityBot.Core.Activity;
using System.CommandLine;
using CommunityBot.Control;
using CommunityBot.Hosting;
using CommunityBot.Http;
using CommunityBot.Telegram;
using Microsoft.Extensions.Options;

namespace CommunityBot.Verbs;

/// <summary>communitybot run: starts the bot with every adapter that has a token, the jobs and the HTTP endpoint.</summary>
public static class RunVerb
{
    public static Command Create(GlobalOptions global)
    {
        var command = new Command("run", "Start the bot (Discord and/or Telegram, whichever has a token)");
        command.SetAction((parse, ct) => RunAsync(global.Paths(parse), ct));
        return command;
    }

    private static async Task<int> RunAsync(BotPaths paths, CancellationToken ct)
    {
        var builder = WebApplication.CreateBuilder([]);
        builder.AddCommunityBot(paths, withAdapters: true);
        var configured = PlatformTokens.Configured(builder.Configuration);
        if (configured.Count == 0)
        {
            await Console.Error.WriteLineAsync(PlatformTokens.MissingMessage);
            return ExitCodes.NotConfigured;
        }
        builder.WebHost.UseUrls(builder.Configuration["Http:Url"] ?? "http://127.0.0.1:8080");
        try
        {
            await using var app = builder.Build();
            app.MapGet("/health", () => Results.Ok(new { status = "ok", platforms = configured }));
            app.MapHealth(configured);
            app.MapTelegramWebhook();
            app.MapClickRedirect();
            app.MapPurchaseWebhook();
            app.MapWebLeaderboard();
            app.MapDashboard();
            if (!StorageChoice.IsPostgres(builder.Configuration))
            {
                app.MapControl(paths); // live backups of the LiteDB file; PostgreSQL has its own (pg_dump)
            }
            await app.RunAsync(ct);
            return ExitCodes.Ok;
        }
        catch (StorageUnavailableException ex)
        {
            await Console.Error.WriteLineAsync("error: " + ex.Message);
            return ExitCodes.Storage;
        }
        catch (OptionsValidationException ex)
        {
            await Console.Error.WriteLineAsync("error: invalid settings: " + string.Join("; ", ex.Failures));
            return ExitCodes.NotConfigured;
        }
        catch (InvalidOperationException ex)
        {
            // Adapters fail start-up this way on a rejected token or an unreachable platform; the message says what to fix.
            await Console.Error.WriteLineAsync("error: " + ex.Message);
            return ExitCodes.NotConfigured;
        }
    }
}
