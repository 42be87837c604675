using CommunityBot.Core.Activity;
using CommunityBot.Hosting;

namespace CommunityBot.Verbs;

/// <summary>The host the one-shot verbs (demo, import, score, ask) run in: core, LiteDB and Quartz, no chat adapters.</summary>
public static class ToolHost
{
    public static async Task<int> RunAsync(BotPaths paths, Func<IServiceProvider, CancellationToken, Task<int>> work, CancellationToken ct,
        IReadOnlyDictionary<string, string?>? overrides = null)
    {
        try
        {
            var builder = Host.CreateApplicationBuilder([]);
            builder.AddCommunityBot(paths, withAdapters: false, overrides);
            using var host = builder.Build();
            await host.StartAsync(ct);
            try
            {
                return await work(host.Services, ct);
            }
            finally
            {
                await host.StopAsync(CancellationToken.None);
            }
        }
        catch (StorageUnavailableException ex)
        {
            await Console.Error.WriteLineAsync("error: " + ex.Message);
            return ExitCodes.Storage;
        }
        catch (Exception ex) when (ex is FileNotFoundException or VerbUsageException)
        {
            await Console.Error.WriteLineAsync("error: " + ex.Message);
            return ExitCodes.Usage;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            await Console.Error.WriteLineAsync($"error: {ex.Message} ({ex.GetType().Name}); nothing already stored was changed by this failure.");
            return ExitCodes.Failed;
        }
    }
}
