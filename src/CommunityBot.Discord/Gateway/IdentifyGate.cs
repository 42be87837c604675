using CommunityBot.Discord.Gateway.Payloads;
using CommunityBot.Discord.Rest;
using Microsoft.Extensions.Logging;

namespace CommunityBot.Discord.Gateway;

/// <summary>
/// Respects session_start_limit: waits out reset_after when no identify is left (going over resets the token),
/// and spaces this shard's identifies by the max_concurrency window.
/// </summary>
internal sealed partial class IdentifyGate(DiscordRestClient rest, TimeProvider clock, TimeSpan spacing, ILogger logger)
{
    private SessionStartLimit _limit = new() { Remaining = 1, MaxConcurrency = 1 };
    private DateTimeOffset _last = DateTimeOffset.MinValue;

    public void Update(SessionStartLimit limit) => _limit = limit;

    public async Task WaitAsync(CancellationToken ct)
    {
        while (_limit.Remaining <= 0)
        {
            LogLimitReached(logger, _limit.Total, TimeSpan.FromMilliseconds(_limit.ResetAfter));
            await Task.Delay(TimeSpan.FromMilliseconds(Math.Max(1000, _limit.ResetAfter)), clock, ct);
            _limit = (await rest.GetGatewayBotAsync(ct)).SessionStartLimit;
        }
        var next = _last + spacing;
        var now = clock.GetUtcNow();
        if (next > now)
        {
            await Task.Delay(next - now, clock, ct);
        }
        _last = clock.GetUtcNow();
        _limit = _limit with { Remaining = _limit.Remaining - 1 };
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "All {Total} Discord session starts of the day are used; waiting {Wait} before identifying")]
    private static partial void LogLimitReached(ILogger logger, int total, TimeSpan wait);
}
