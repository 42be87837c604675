using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CommunityBot.Core.Identity;

/// <summary>
/// Reads the <see cref="IdentityDirectory"/> before the host's other services start (see
/// <see cref="IdentityDirectory.RefreshAsync"/>), then again every half minute: with several instances on one
/// PostgreSQL database, a /link or /community join made on one reaches the others within that time.
/// </summary>
internal sealed partial class IdentityRefresh(IdentityDirectory directory, TimeProvider clock, ILogger<IdentityRefresh> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(30);

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await directory.RefreshAsync(cancellationToken);
        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    await directory.RefreshAsync(stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    LogRefreshFailed(logger, ex.Message); // the store is down: keep what is held, try again next time
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Host stopping.
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reading linked accounts and joined groups again failed ({Problem}); keeping the ones read before")]
    private static partial void LogRefreshFailed(ILogger logger, string problem);
}
