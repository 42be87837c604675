using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CommunityBot.Storage.Postgres;

/// <summary>
/// Opens the database (and so migrates it) before the hosted services registered after the store start: the Quartz
/// cluster validates its qrtz_ tables when it starts, and they come from the migrations.
/// </summary>
internal sealed class SchemaOnStart(IServiceProvider services) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = services.GetRequiredService<PostgresDatabase>();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
