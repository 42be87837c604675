using CommunityBot.Core.Commands;
using CommunityBot.Discord.Rest;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CommunityBot.Discord.Interactions;

/// <summary>
/// Bulk-overwrites the application commands once per process, after the first READY names the application:
/// globally, or in the development guild where changes show at once.
/// </summary>
internal sealed partial class CommandRegistrar(
    DiscordRestClient rest, CommandDispatcher dispatcher, IOptions<DiscordOptions> options, ILogger<CommandRegistrar> logger)
{
    private int _started;

    public void Start(string? applicationId, CancellationToken ct)
    {
        if (applicationId is null || Interlocked.Exchange(ref _started, 1) == 1)
        {
            return;
        }
        _ = RegisterAsync(applicationId, ct);
    }

    private async Task RegisterAsync(string applicationId, CancellationToken ct)
    {
        var guild = options.Value.DevelopmentGuildId is { Length: > 0 } id ? id : null;
        var commands = CommandProjection.Project(dispatcher.Specs);
        try
        {
            await rest.OverwriteCommandsAsync(applicationId, guild, commands, ct);
            LogRegistered(logger, commands.Count, guild ?? "all guilds");
        }
        catch (Exception ex) when (ex is DiscordRestException or HttpRequestException or Polly.Timeout.TimeoutRejectedException)
        {
            Interlocked.Exchange(ref _started, 0);
            LogFailed(logger, ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Registered {Count} Discord slash commands in {Scope}")]
    private static partial void LogRegistered(ILogger logger, int count, string scope);

    [LoggerMessage(Level = LogLevel.Error, Message = "Registering Discord slash commands failed; retried at the next READY")]
    private static partial void LogFailed(ILogger logger, Exception error);
}
