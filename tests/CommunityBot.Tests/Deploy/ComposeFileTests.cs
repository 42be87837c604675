using System.Text.RegularExpressions;
using CommunityBot.Core.Recommendations.Clicks;
using CommunityBot.Discord;
using CommunityBot.Hosting;
using CommunityBot.Jobs;
using CommunityBot.Telegram;
using CommunityBot.TestKit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using YamlDotNet.RepresentationModel;

namespace CommunityBot.Tests.Deploy;

/// <summary>
/// deploy/compose.yaml cannot be started here (no Docker engine), so it is read: every COMMUNITYBOT__ variable
/// of each bot must bind to a real setting, the adapters' own validation must accept what it sets, and the
/// instances must share one store while splitting the Discord shards between them.
/// </summary>
public sealed partial class ComposeFileTests : IDisposable
{
    private readonly TempFolder _secrets = new();

    public void Dispose() => _secrets.Dispose();

    [Fact]
    public void ComposeFile_TwoBotsAndPostgres_EveryVariableIsASettingTheBotAccepts()
    {
        var services = Services();
        var bots = services.Where(s => s.Value.Children.ContainsKey("environment") && Environment(s.Value).Keys.Any(k => k.StartsWith(CommunityBotHosting.EnvironmentPrefix, StringComparison.Ordinal)))
            .ToDictionary(s => s.Key, s => Environment(s.Value));

        Assert.Contains("postgres", services.Keys);
        Assert.Equal(2, bots.Count);
        foreach (var (name, environment) in bots)
        {
            var configuration = Configuration(environment);
            Assert.Equal(StorageChoice.Postgres, StorageChoice.ProviderOf(configuration));
            Assert.StartsWith("Host=postgres", StorageChoice.ConnectionString(configuration), StringComparison.Ordinal);
            foreach (var section in configuration.GetChildren())
            {
                AssertKnown(name, section);
            }
            AssertAdaptersAccept(name, configuration);
        }
        var shardCounts = bots.Values.Select(e => e["COMMUNITYBOT__DISCORD__SHARDCOUNT"]).Distinct().ToList();
        var count = int.Parse(Assert.Single(shardCounts), System.Globalization.CultureInfo.InvariantCulture);
        var ids = bots.Values.SelectMany(e => e["COMMUNITYBOT__DISCORD__SHARDIDS"].Split(',').Select(int.Parse)).ToList();
        Assert.Equal(Enumerable.Range(0, count), ids.Order()); // every shard run, by exactly one instance
        Assert.Single(bots.Values.Select(e => e["COMMUNITYBOT__STORAGE__CONNECTIONSTRINGFILE"]).Distinct());
    }

    private static void AssertKnown(string bot, IConfigurationSection section)
    {
        var type = section.Key.ToLowerInvariant() switch
        {
            "discord" => typeof(DiscordOptions),
            "telegram" => typeof(TelegramOptions),
            "jobs" => typeof(JobClusterOptions),
            "http" => typeof(ClickTrackingOptions),
            "storage" => null,
            var other => throw new Xunit.Sdk.XunitException($"{bot}: section '{other}' is not one the bot reads"),
        };
        if (type is null)
        {
            var known = new[] { "Provider", "ConnectionString", "ConnectionStringFile" };
            Assert.All(section.GetChildren(), k => Assert.Contains(k.Key, known, StringComparer.OrdinalIgnoreCase));
            return;
        }
        // Binding fails on any key that names no property of the options (a typo would otherwise be ignored).
        var error = Record.Exception(() => section.Get(type, o => o.ErrorOnUnknownConfiguration = true));
        Assert.True(error is null, $"{bot}: {error?.Message}");
    }

    /// <summary>The adapters' own start-up validation (token files, webhook secret and URL, shard settings).</summary>
    private static void AssertAdaptersAccept(string bot, IConfiguration configuration)
    {
        var collection = new ServiceCollection().AddLogging();
        collection.AddDiscord(configuration);
        collection.AddTelegram(configuration);
        using var provider = collection.BuildServiceProvider();
        var error = Record.Exception(() =>
        {
            _ = provider.GetRequiredService<IOptions<DiscordOptions>>().Value;
            _ = provider.GetRequiredService<IOptions<TelegramOptions>>().Value;
        });
        Assert.True(error is null, $"{bot}: {(error as OptionsValidationException)?.Message ?? error?.ToString()}");
    }

    /// <summary>
    /// The variables as a running container sees them: secret files written to a temp folder and
    /// ${VARIABLE:?…} filled in, as compose does from the environment.
    /// </summary>
    private IConfiguration Configuration(IReadOnlyDictionary<string, string> environment)
    {
        var values = new Dictionary<string, string?>();
        foreach (var (key, raw) in environment.Where(e => e.Key.StartsWith(CommunityBotHosting.EnvironmentPrefix, StringComparison.Ordinal)))
        {
            var value = Interpolation().Replace(raw, "sample-Webhook_secret");
            if (value.StartsWith("/run/secrets/", StringComparison.Ordinal))
            {
                var file = _secrets.File(Path.GetFileName(value));
                File.WriteAllText(file, Path.GetFileName(file) switch
                {
                    "pg_connection" => "Host=postgres;Database=communitybot;Username=communitybot;Password=sample",
                    "telegram_token" => "123456789:sample-telegram-token-of-the-right-size",
                    _ => "sample.discord.token",
                });
                value = file;
            }
            values[key[CommunityBotHosting.EnvironmentPrefix.Length..].Replace("__", ":", StringComparison.Ordinal)] = value;
        }
        return new ConfigurationBuilder().AddInMemoryCollection(values).Build();
    }

    private static Dictionary<string, YamlMappingNode> Services()
    {
        var yaml = new YamlStream();
        using (var reader = new StreamReader(Path.Combine(RepositoryRoot(), "deploy", "compose.yaml")))
        {
            yaml.Load(reader);
        }
        var root = (YamlMappingNode)yaml.Documents[0].RootNode;
        return ((YamlMappingNode)root["services"]).Children.ToDictionary(s => ((YamlScalarNode)s.Key).Value!, s => (YamlMappingNode)s.Value);
    }

    private static Dictionary<string, string> Environment(YamlMappingNode service) =>
        ((YamlMappingNode)service["environment"]).Children.ToDictionary(e => ((YamlScalarNode)e.Key).Value!, e => ((YamlScalarNode)e.Value).Value!);

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "CommunityBot.sln")))
        {
            folder = folder.Parent;
        }
        return folder?.FullName ?? throw new InvalidOperationException("CommunityBot.sln not found above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex(@"\$\{[A-Z_]+(:\?[^}]*)?\}")]
    private static partial Regex Interpolation();
}
