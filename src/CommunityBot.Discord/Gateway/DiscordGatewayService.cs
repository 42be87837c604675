using Microsoft.Extensions.Hosting;

namespace CommunityBot.Discord.Gateway;

/// <summary>Hosts the gateway client; a fatal close ends this service only, other adapters keep running.</summary>
internal sealed class DiscordGatewayService(DiscordGatewayClient client) : BackgroundService
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
}
