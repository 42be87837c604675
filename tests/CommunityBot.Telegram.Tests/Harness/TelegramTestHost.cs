using CommunityBot.Core;
using CommunityBot.Core.Activity;
using CommunityBot.Core.Commands;
using CommunityBot.Core.Communities;
using CommunityBot.Telegram.Tests.StandIn;
using CommunityBot.TestKit;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CommunityBot.Telegram.Tests.Harness;

/// <summary>
/// The adapter as `communitybot run` hosts it: an ASP.NET Core app on 127.0.0.1:0 with the ingest queue and writer,
/// the dispatcher with scripted commands, AddTelegram and MapTelegramWebhook, pointed at the stand-in.
/// </summary>
public sealed class TelegramTestHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private TelegramTestHost(WebApplication app, CapturedLogs logs)
    {
        _app = app;
        Logs = logs;
    }

    public CapturedLogs Logs { get; }

    public IServiceProvider Services => _app.Services;

    public Uri BaseAddress => new(_app.Urls.First());

    public static Dictionary<string, string?> Settings(BotApiStandIn api) => new()
    {
        ["Telegram:Token"] = BotApiStandIn.Token,
        ["Telegram:ApiBaseUrl"] = api.BaseUrl,
        ["Telegram:PollTimeoutSeconds"] = "10",
    };

    public static WebApplication Build(IDictionary<string, string?> settings, StoreProbe probe, CapturedLogs logs,
        params IBotCommand[] extraCommands)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddInMemoryCollection(settings);
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Host.UseDefaultServiceProvider(o => { o.ValidateOnBuild = true; o.ValidateScopes = true; });
        builder.Logging.ClearProviders().SetMinimumLevel(LogLevel.Trace).AddProvider(logs);
        var services = builder.Services;
        services.AddCore();
        services.AddTestStorage(settings.TryGetValue(TestStorage.PostgresSetting, out var postgres) ? postgres : null, probe.DatabaseFile);
        var events = services.Single(d => d.ServiceType == typeof(IActivityStore));
        services.Replace(ServiceDescriptor.Singleton<IActivityStore>(sp => new ProbedActivityStore(
            (IActivityStore)ActivatorUtilities.CreateInstance(sp, events.ImplementationType!), probe)));
        services.AddSingleton<IJobSchedules, FakeJobSchedules>();
        services.AddSingleton<IButtonHandler, ScriptedPages>();
        services.AddSingleton<IButtonHandler, ScriptedVotes>();
        services.AddSingleton<IBotCommand>(new ScriptedCommand("t_member", MemberRole.Member));
        services.AddSingleton<IBotCommand>(new ScriptedCommand("t_mod", MemberRole.Moderator));
        services.AddSingleton<IBotCommand>(new ScriptedCommand("t_admin", MemberRole.Admin));
        services.AddSingleton<IBotCommand>(new ScriptedCommand("t_pages", MemberRole.Member, _ => ScriptedPages.Page(1)));
        foreach (var command in extraCommands)
        {
            services.AddSingleton(command);
        }
        services.AddTelegram(builder.Configuration);
        var app = builder.Build();
        app.MapTelegramWebhook();
        return app;
    }

    public static async Task<TelegramTestHost> StartAsync(BotApiStandIn api, StoreProbe probe,
        Action<Dictionary<string, string?>>? configure = null, params IBotCommand[] extraCommands)
    {
        var settings = Settings(api);
        configure?.Invoke(settings);
        var logs = new CapturedLogs();
        var app = Build(settings, probe, logs, extraCommands);
        await app.StartAsync();
        return new TelegramTestHost(app, logs);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
