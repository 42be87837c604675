using CommunityBot.Core.Platform;
using CommunityBot.Discord.Gateway.Payloads;
using CommunityBot.Discord.Rest;
using Microsoft.Extensions.Logging;

namespace CommunityBot.Discord.Gateway;

/// <summary>
/// Respects session_start_limit: waits out reset_after when no identify is left (going over resets the token). And
/// takes turns per rate-limit bucket (shard id modulo max_concurrency) through <see cref="IRateSlots"/>, which on
/// PostgreSQL are shared by every instance, so shards run by several processes never identify in one bucket at once.
/// </summary>
internal sealed partial class IdentifyGate(DiscordRestClient rest, IRateSlots slots, TimeProvider clock, TimeSpan spacing, ILogger logger) : IDisposable
{
    private readonly SemaphoreSlim _limitGate = new(1, 1);
    private SessionStartLimit _limit = new() { Remaining = 1, MaxConcurrency = 1 };

    public void Update(SessionStartLimit limit) => _limit = limit;

    public void Dispose() => _limitGate.Dispose();

    public async Task WaitAsync(int shardId, CancellationToken ct)
    {
        await _limitGate.WaitAsync(ct);
        try
        {
            while (_limit.Remaining <= 0)
            {
                LogLimitReached(logger, _limit.Total, TimeSpan.FromMilliseconds(_limit.ResetAfter));
                await Task.Delay(TimeSpan.FromMilliseconds(Math.Max(1000, _limit.ResetAfter)), clock, ct);
                _limit = (await rest.GetGatewayBotAsync(ct)).SessionStartLimit;
            }
            _limit = _limit with { Remaining = _limit.Remaining - 1 };
        }
        finally
        {
            _limitGate.Release();
        }
        var bucket = shardId % Math.Max(1, _limit.MaxConcurrency);
        var wait = await slots.ReserveAsync($"discord:identify:{bucket}", spacing, ct);
        if (wait > TimeSpan.Zero)
        {
            LogWaiting(logger, shardId, bucket, wait);
            await Task.Delay(wait, clock, ct);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "All {Total} Discord session starts of the day are used; waiting {Wait} before identifying")]
    private static partial void LogLimitReached(ILogger logger, int total, TimeSpan wait);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Discord shard {ShardId} waits {Wait} for its turn to identify in bucket {Bucket}")]
    private static partial void LogWaiting(ILogger logger, int shardId, int bucket, TimeSpan wait);
}
