using CommunityBot.Core;
using CommunityBot.Core.Live;
using CommunityBot.Discord;
using CommunityBot.Http;
using CommunityBot.Jobs;
using CommunityBot.Pictures;
using CommunityBot.Telegram;

namespace CommunityBot.Hosting;

public static class CommunityBotHosting
{
    public const string EnvironmentPrefix = "COMMUNITYBOT__";

    /// <summary>
    /// Everything every verb shares: settings files, then environment variables again (so COMMUNITYBOT__* wins over
    /// JSON files), logging to stderr, the core, the store (LiteDB or PostgreSQL) and the Quartz jobs. Adapters are added by <c>run</c> only.
    /// </summary>
    public static IHostApplicationBuilder AddCommunityBot(
        this IHostApplicationBuilder builder, BotPaths paths, bool withAdapters, IReadOnlyDictionary<string, string?>? overrides = null)
    {
        builder.Configuration.AddJsonFile(Path.Combine(BotPaths.ConfigFolder, "appsettings.json"), optional: true);
        builder.Configuration.AddJsonFile(Path.Combine(BotPaths.ConfigFolder, $"appsettings.{builder.Environment.EnvironmentName}.json"), optional: true);
        if (paths.ConfigFile is not null)
        {
            builder.Configuration.AddJsonFile(Path.GetFullPath(paths.ConfigFile), optional: false);
        }
        if (!withAdapters)
        {
            // One-shot verbs print their results on stdout; only warnings and errors belong on stderr.
            builder.Configuration.AddInMemoryCollection([new("Logging:LogLevel:Default", "Warning")]);
        }
        builder.Configuration.AddEnvironmentVariables(EnvironmentPrefix);
        if (overrides is not null)
        {
            builder.Configuration.AddInMemoryCollection(overrides); // a verb's own options win over everything
        }
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.AddFilter("System.Net.Http", LogLevel.Warning); // request URLs can carry bot tokens

        builder.Services.AddSingleton(paths);
        builder.Services.AddCore();
        builder.Services.AddPictures();
        builder.Services.AddStorage(builder.Configuration, paths);
        builder.Services.AddRecommendationHosting();
        builder.Services.AddJobs(JobStoreFor(builder.Configuration, withAdapters), catchUpOnStart: withAdapters);
        builder.Services.AddSingleton<Import.EventImporter>();
        if (withAdapters)
        {
            builder.Services.AddLiveCommunity();
            builder.Services.AddTelegram(builder.Configuration);
            builder.Services.AddDiscord(builder.Configuration);
        }
        return builder;
    }

    /// <summary>
    /// <c>run</c> on PostgreSQL joins the Quartz cluster on the bot's database (unless Jobs:Clustered is false);
    /// everything else, and every one-shot verb, keeps its schedule in memory: a verb must run its own jobs itself.
    /// </summary>
    private static JobStore JobStoreFor(IConfiguration configuration, bool withAdapters)
    {
        var cluster = configuration.GetSection(JobClusterOptions.Section).Get<JobClusterOptions>() ?? new JobClusterOptions();
        return withAdapters && cluster.Clustered && StorageChoice.IsPostgres(configuration)
            ? new JobStore(StorageChoice.ConnectionString(configuration), cluster)
            : JobStore.InMemory;
    }
}
