using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityBot.Telegram;

public static class TelegramServiceCollectionExtensions
{
    /// <summary>Registers the Telegram adapter when a token is configured (the adapter issue fills this in).</summary>
    public static IServiceCollection AddTelegram(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return services;
    }
}
