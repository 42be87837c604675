using Microsoft.Extensions.Hosting;

namespace CommunityBot.Core.Identity;

/// <summary>Loads the <see cref="IdentityDirectory"/> when the host starts (see <see cref="IdentityDirectory.LoadAsync"/>).</summary>
internal sealed class IdentityWarmUp(IdentityDirectory directory) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => directory.LoadAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
