using CommunityBot.Discord.Gateway.Payloads;
using CommunityBot.Discord.Rest;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CommunityBot.Discord.Gateway;

/// <summary>
/// Runs this instance's shards (<see cref="ShardPlan"/>) and keeps each one connected: identifies in its turn,
/// resumes after drops and op 7 at resume_gateway_url, re-identifies after op 9, backs off with jitter, and stops a
/// shard for good on close codes only the operator can fix.
/// </summary>
internal sealed partial class DiscordGatewayClient(
    DiscordRestClient rest,
    Func<IGatewayTransport> transports,
    GatewayShards shards,
    DispatchPump pump,
    CommunityBot.Core.Platform.AdapterHealth health,
    CommunityBot.Core.Platform.IRateSlots slots,
    IOptions<DiscordOptions> options,
    TimeProvider clock,
    ILogger<DiscordGatewayClient> logger)
{
    private readonly DiscordOptions _options = options.Value;
    private readonly string _token = options.Value.ResolveToken();

    /// <summary>Runs until cancelled or every shard met a fatal close; returns the reasons they stopped.</summary>
    public async Task<string> RunAsync(CancellationToken ct)
    {
        var info = await WithBackoffAsync(rest.GetGatewayBotAsync, new ReconnectBackoff(_options.ReconnectDelay), ct);
        if (info is null)
        {
            LogFatal(logger, GatewayCloseCodes.BadToken);
            return GatewayCloseCodes.BadToken;
        }
        var (plan, problem) = ShardPlan.Resolve(_options, info.Shards);
        if (plan is null)
        {
            LogFatal(logger, problem!);
            return problem!;
        }
        LogShards(logger, string.Join(",", plan.Ids), plan.Count, info.Shards, info.SessionStartLimit.MaxConcurrency);
        using var gate = new IdentifyGate(rest, slots, clock, _options.IdentifySpacing, logger);
        gate.Update(info.SessionStartLimit);
        var stopped = await Task.WhenAll(plan.Ids.Select(id => RunShardAsync(shards.Start(id), plan.Count, info, gate, ct)));
        return string.Join("; ", stopped.Distinct(StringComparer.Ordinal));
    }

    private async Task<string> RunShardAsync(GatewaySession session, int count, GatewayBotInfo info, IdentifyGate gate, CancellationToken ct)
    {
        await Task.Yield(); // every shard on its own from here on
        var backoff = new ReconnectBackoff(_options.ReconnectDelay);
        while (!ct.IsCancellationRequested)
        {
            var resume = session.CanResume;
            var url = GatewayUrl(resume ? session.ResumeUrl! : info.Url);
            if (!resume)
            {
                // The turn is taken before connecting: waiting after HELLO would leave heartbeat ACKs unread (a zombie).
                await gate.WaitAsync(session.ShardId, ct);
            }
            var connection = new GatewayConnection(transports(), session, pump, clock, logger);
            var end = await RunConnectionAsync(connection, url, resume, IdentifyData(session.ShardId, count), session, ct);
            if (session.TakeRunning())
            {
                backoff.Reset();
            }
            health.Disconnected(Capture.DiscordEventTranslator.Platform, end.Reason);
            LogDisconnected(logger, session.ShardId, end.Reason, end.Action, session.LastStored);
            if (end.Action == DisconnectAction.Stop)
            {
                LogFatal(logger, end.Reason);
                return end.Reason;
            }
            if (end.Action == DisconnectAction.Identify)
            {
                session.Invalidate();
            }
            var wait = end.InvalidSession ? _options.InvalidSessionDelay * (1 + (4 * Random.Shared.NextDouble()))
                : end.Immediate ? TimeSpan.Zero
                : backoff.Next();
            await Task.Delay(wait, clock, ct);
        }
        return "stopped";
    }

    /// <summary>One connection; a failure nobody foresaw is logged and treated like a drop, never fatal to the host.</summary>
    private async Task<GatewayDisconnect> RunConnectionAsync(GatewayConnection connection, Uri url, bool resume,
        IdentifyData identify, GatewaySession session, CancellationToken ct)
    {
        try
        {
            return await connection.RunAsync(url, (sender, token) => resume
                ? SendResumeAsync(sender, session, token)
                : sender.SendAsync(new GatewayCommand<IdentifyData>(GatewayOpcode.Identify, identify), DiscordJsonContext.Default.GatewayCommandIdentifyData, token), ct);
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            LogUnexpected(logger, ex);
            return new GatewayDisconnect(DisconnectAction.Resume, "unexpected failure: " + ex.GetType().Name);
        }
    }

    private IdentifyData IdentifyData(int shardId, int count) => new()
    {
        Token = _token,
        Properties = new IdentifyProperties(),
        Intents = GatewayIntents.Required,
        Shard = [shardId, count],
    };

    private Task SendResumeAsync(GatewaySender sender, GatewaySession session, CancellationToken ct) =>
        sender.SendAsync(
            new GatewayCommand<ResumeData>(GatewayOpcode.Resume, new ResumeData(_token, session.SessionId!, session.LastStored)),
            DiscordJsonContext.Default.GatewayCommandResumeData, ct);

    private static Uri GatewayUrl(string baseUrl) => new($"{baseUrl.TrimEnd('/')}/?v=10&encoding=json");

    /// <summary>Retries until it works; null when Discord rejects the token (401), which no retry can fix.</summary>
    private async Task<T?> WithBackoffAsync<T>(Func<CancellationToken, Task<T>> call, ReconnectBackoff backoff, CancellationToken ct)
        where T : class
    {
        while (true)
        {
            try
            {
                return await call(ct);
            }
            catch (DiscordRestException ex) when (ex.Status == System.Net.HttpStatusCode.Unauthorized)
            {
                return null;
            }
            catch (Exception ex) when (!ct.IsCancellationRequested)
            {
                LogGatewayInfoFailed(logger, ex.Message);
                await Task.Delay(backoff.Next(), clock, ct);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Discord shard {ShardId} disconnected: {Reason}; next: {Action} from sequence {Seq}")]
    private static partial void LogDisconnected(ILogger logger, int shardId, string reason, DisconnectAction action, long? seq);

    [LoggerMessage(Level = LogLevel.Information, Message = "Discord: running shards {ShardIds} of {Count} (Discord recommends {Recommended}; {MaxConcurrency} identify buckets)")]
    private static partial void LogShards(ILogger logger, string shardIds, int count, int recommended, int maxConcurrency);

    [LoggerMessage(Level = LogLevel.Critical, Message = "Discord adapter stopped: {Reason}")]
    private static partial void LogFatal(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Discord gateway connection failed unexpectedly; reconnecting")]
    private static partial void LogUnexpected(ILogger logger, Exception error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "GET /gateway/bot failed ({Error}); retrying")]
    private static partial void LogGatewayInfoFailed(ILogger logger, string error);
}
