using System.Net.Http.Headers;
using CommunityBot.Core.Platform;
using CommunityBot.Discord.Capture;
using CommunityBot.Discord.Gateway;
using CommunityBot.Discord.Interactions;
using CommunityBot.Discord.Rest;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CommunityBot.Discord;

public static class DiscordServiceCollectionExtensions
{
    /// <summary>Registers the Discord adapter when Discord:Token or Discord:TokenFile is configured; otherwise nothing.</summary>
    public static IServiceCollection AddDiscord(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(DiscordOptions.Section);
        if (string.IsNullOrWhiteSpace(section["Token"]) && string.IsNullOrWhiteSpace(section["TokenFile"]))
        {
            return services;
        }
        services.AddOptions<DiscordOptions>().Bind(section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<DiscordOptions>, DiscordOptionsValidator>();
        services.AddSingleton<IValidateOptions<DiscordOptions>, DiscordOptionsChecks>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddDiscordRest();
        services.AddSingleton<Func<IGatewayTransport>>(() => new ClientWebSocketTransport());
        services.AddSingleton<GatewayShards>();
        services.AddSingleton<DiscordGuildDirectory>();
        services.AddSingleton<InteractionHandler>();
        services.AddSingleton<CommandRegistrar>();
        services.AddSingleton<HistoryBackfill>();
        services.AddSingleton<DispatchPump>();
        services.AddSingleton<DiscordGatewayClient>();
        services.AddHostedService<DiscordGatewayService>();
        services.AddSingleton<DiscordChatPlatform>();
        services.AddSingleton<IChatPlatform>(sp => sp.GetRequiredService<DiscordChatPlatform>());
        services.AddSingleton<IMemberRoles, Roles.DiscordMemberRoles>();
        return services;
    }

    private static void AddDiscordRest(this IServiceCollection services)
    {
        services.AddSingleton<DiscordRateLimits>();
        services.AddTransient<DiscordRateLimitHandler>();
        var client = services.AddHttpClient<DiscordRestClient>((sp, http) =>
            {
                var options = sp.GetRequiredService<IOptions<DiscordOptions>>().Value;
                http.BaseAddress = new Uri(options.ApiBaseUrl.TrimEnd('/') + "/");
                http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bot", options.ResolveToken());
                // Discord asks bots to identify as "DiscordBot ($url, $version)".
                http.DefaultRequestHeaders.UserAgent.ParseAdd("DiscordBot (https://github.com/communitybot/communitybot, 1.0)");
                http.Timeout = Timeout.InfiniteTimeSpan;
            });
        // Order matters: the rate-limit handler is added after the resilience one, so it runs inside each retry.
        client.AddResilienceHandler("discord", DiscordResilience.Configure);
        client.AddHttpMessageHandler<DiscordRateLimitHandler>();
    }
}
