using CommunityBot.Telegram.Webhook;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityBot.Telegram;

public static class TelegramEndpointRouteBuilderExtensions
{
    /// <summary>Maps the Telegram webhook (POST Telegram:WebhookPath) when the adapter runs in webhook mode; otherwise does nothing.</summary>
    public static IEndpointRouteBuilder MapTelegramWebhook(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        if (endpoints.ServiceProvider.GetService<TelegramWebhookEndpoint>() is { } webhook)
        {
            endpoints.MapPost(webhook.Path, (Delegate)webhook.HandleAsync);
        }
        return endpoints;
    }
}
