using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CommunityBot.Core.LevelRoles;

/// <summary>
/// Runs <see cref="LevelRoleSync"/> in the background: a batch per community, then a second's pause (at most
/// <see cref="LevelRoleSync.BatchSize"/> members a second per community, under Discord's own limits); woken early
/// when members are queued.
/// </summary>
public sealed partial class LevelRoleSyncService(LevelRoleSync sync, TimeProvider clock, ILogger<LevelRoleSyncService> logger) : BackgroundService
{
    private static readonly TimeSpan Pause = TimeSpan.FromSeconds(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (await sync.RunOnceAsync(stoppingToken) > 0)
                {
                    await Task.Delay(Pause, clock, stoppingToken);
                    continue;
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                LogFailed(logger, ex); // a platform outage: try again on the next round
            }
            await sync.Queued.WaitAsync(TimeSpan.FromSeconds(30), clock, stoppingToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A level-role sync round failed; retrying")]
    private static partial void LogFailed(ILogger logger, Exception ex);
}
