using CommunityBot.Core.Platform;
using CommunityBot.Telegram.Commands;
using CommunityBot.Telegram.Replies;
using CommunityBot.Telegram.Routing;
using CommunityBot.Telegram.Transport;
using CommunityBot.Telegram.Webhook;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CommunityBot.Telegram;

public static class TelegramServiceCollectionExtensions
{
    /// <summary>
    /// Registers the Telegram adapter when Telegram:Token or Telegram:TokenFile is configured: polling by
    /// default, or the webhook endpoint (see MapTelegramWebhook) with Telegram:Mode = webhook.
    /// Needs the dispatcher and ingest queue of AddCore.
    /// </summary>
    public static IServiceCollection AddTelegram(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(TelegramOptions.Section);
        if (string.IsNullOrWhiteSpace(section["Token"]) && string.IsNullOrWhiteSpace(section["TokenFile"]))
        {
            return services;
        }
        services.AddOptions<TelegramOptions>().Bind(section).PostConfigure(ReadTokenFile).ValidateOnStart();
        services.AddSingleton<IValidateOptions<TelegramOptions>, TelegramOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<TelegramConnection>();
        services.AddSingleton<TelegramBotIdentity>();
        services.AddSingleton<TelegramRetry>();
        services.AddSingleton<TelegramUpdateFeed>();
        services.AddSingleton<TelegramUpdateRouter>();
        services.AddSingleton<TelegramInteractions>();
        services.AddSingleton<TelegramRoles>();
        services.AddSingleton<TelegramCommandHandler>();
        services.AddSingleton<TelegramCommandMenu>();
        services.AddSingleton<TelegramChatPlatform>();
        services.AddSingleton<IChatPlatform>(sp => sp.GetRequiredService<TelegramChatPlatform>());
        services.AddHostedService<TelegramStartupService>();
        services.AddHostedService<TelegramInteractionService>();
        if (section.GetValue<TelegramMode?>(nameof(TelegramOptions.Mode)) == TelegramMode.Webhook)
        {
            services.AddSingleton<TelegramWebhookEndpoint>();
        }
        else
        {
            services.AddHostedService<TelegramPollingService>();
        }
        return services;
    }

    private static void ReadTokenFile(TelegramOptions options)
    {
        if (options.Token.Length > 0 || options.TokenFile.Length == 0)
        {
            return;
        }
        try
        {
            options.Token = File.ReadAllText(options.TokenFile).Trim();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            options.Token = ""; // the validator names the file
        }
    }
}
