using CommunityBot.Discord.Interactions;
using Microsoft.Extensions.Hosting;

namespace CommunityBot.Discord.Gateway;

/// <summary>Hosts the gateway client; a fatal close ends this service only, other adapters keep running.</summary>
internal sealed class DiscordGatewayService(DiscordGatewayClient client, InteractionHandler interactions) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await client.RunAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Normal shutdown.
        }
    }

    /// <summary>Lets commands already running answer before the host (and the ingest writer after it) stops.</summary>
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await interactions.DrainAsync().WaitAsync(cancellationToken);
    }
}
