using CommunityBot.Hosting;
using CommunityBot.TestKit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Quartz;

namespace CommunityBot.Tests.Cluster;

/// <summary>
/// One bot instance as <c>run</c> composes it (adapters off: no tokens), on PostgreSQL, so its jobs join the Quartz
/// cluster on that database. Check-ins every second keep a dead instance's detection within seconds.
/// </summary>
internal static class ClusterHost
{
    public static IHost Build(string connectionString, TempFolder data)
    {
        var builder = Host.CreateApplicationBuilder([]);
        builder.AddCommunityBot(new BotPaths(data.Path, null), withAdapters: true, new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "postgres",
            [TestStorage.PostgresSetting] = connectionString,
            ["Jobs:CheckinInterval"] = "00:00:01",
            ["Jobs:CheckinMisfireThreshold"] = "00:00:01",
            ["Logging:LogLevel:Default"] = "Warning",
        });
        return builder.Build();
    }

    public static async Task<IScheduler> SchedulerAsync(this IHost host) =>
        await host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
}
