using System.Threading.Channels;
using CommunityBot.Core.Activity;
using CommunityBot.Core.Ingest;
using CommunityBot.Discord.Capture;
using CommunityBot.Discord.Gateway.Payloads;
using CommunityBot.Discord.Interactions;
using Microsoft.Extensions.Logging;

namespace CommunityBot.Discord.Gateway;

/// <summary>
/// Handles one connection's dispatches in order and in batches: translated events are stored through the ingest
/// queue, and only then does the session's stored sequence number move, so a resume replays whatever was not stored.
/// </summary>
internal sealed partial class DispatchPump(
    DiscordGuildDirectory guilds,
    IIngestQueue ingest,
    InteractionHandler interactions,
    CommandRegistrar registrar,
    HistoryBackfill backfill,
    CommunityBot.Core.Platform.AdapterHealth health,
    TimeProvider clock,
    ILogger<DispatchPump> logger)
{
    private const int MaxBatch = 500;
    private static readonly DiscordJsonContext Json = DiscordJsonContext.Default;

    public async Task RunAsync(ChannelReader<GatewayPayload> reader, GatewaySession session, CancellationToken ct)
    {
        var events = new List<ActivityEvent>();
        while (await reader.WaitToReadAsync(ct))
        {
            long? last = null;
            for (var n = 0; n < MaxBatch && reader.TryRead(out var payload); n++)
            {
                Handle(payload, session, events, ct);
                last = payload.S ?? last;
            }
            if (events.Count > 0)
            {
                await ingest.StoreAsync(events.ToArray(), ct);
                events.Clear();
            }
            if (last is { } seq)
            {
                session.Stored(seq);
            }
        }
    }

    private void Handle(GatewayPayload payload, GatewaySession session, List<ActivityEvent> events, CancellationToken ct)
    {
        var dropped = new List<string>(0);
        try
        {
            switch (payload.T)
            {
                case "READY":
                    var ready = TolerantJson.Read(payload.D, Json.ReadyData, dropped)!;
                    session.Ready(ready);
                    health.Connected(Capture.DiscordEventTranslator.Platform);
                    LogReady(logger, session.ShardId, ready.User.Id, ready.Application?.Id);
                    if (session.RegistersCommands)
                    {
                        registrar.Start(session.ApplicationId, ct);
                    }
                    break;
                case "RESUMED":
                    session.Running();
                    health.Connected(Capture.DiscordEventTranslator.Platform);
                    LogResumed(logger, session.ShardId, session.LastStored);
                    break;
                case "GUILD_CREATE":
                    var guild = TolerantJson.Read(payload.D, Json.GuildCreateData, dropped)!;
                    guilds.Add(guild);
                    LogGuild(logger, guild.Name, guild.Id, guild.Channels.Count, guild.Roles.Count);
                    backfill.Start(guild, ct);
                    break;
                case "THREAD_CREATE":
                    var thread = TolerantJson.Read(payload.D, Json.DiscordChannel, dropped)!;
                    guilds.AddChannel(thread);
                    events.AddRange(DiscordEventTranslator.ThreadStarted(thread, guilds.ChannelType(thread.ParentId), clock.GetUtcNow()));
                    break;
                case "INTERACTION_CREATE":
                    interactions.Start(TolerantJson.Read(payload.D, Json.Interaction, dropped)!, ct);
                    break;
                case { } type:
                    events.AddRange(DiscordEventTranslator.Translate(type, payload.D, clock.GetUtcNow(), dropped));
                    break;
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A payload we cannot read must not stop the others (nor come back forever through RESUME replays).
            LogUnreadable(logger, payload.T, payload.S, ex.Message);
        }
        if (dropped.Count > 0)
        {
            LogDropped(logger, payload.T, payload.S, string.Join(", ", dropped));
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Discord shard {ShardId} ready as bot user {BotUserId} (application {ApplicationId})")]
    private static partial void LogReady(ILogger logger, int shardId, string botUserId, string? applicationId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Discord shard {ShardId} resumed after sequence {Seq}")]
    private static partial void LogResumed(ILogger logger, int shardId, long? seq);

    [LoggerMessage(Level = LogLevel.Information, Message = "Discord guild {GuildName} ({GuildId}): {Channels} channels, {Roles} roles")]
    private static partial void LogGuild(ILogger logger, string? guildName, string guildId, int channels, int roles);

    [LoggerMessage(Level = LogLevel.Information, Message = "Discord {EventType} (seq {Seq}) read without fields of an unexpected shape: {Fields}")]
    private static partial void LogDropped(ILogger logger, string? eventType, long? seq, string fields);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Skipped unreadable Discord {EventType} (seq {Seq}): {Error}")]
    private static partial void LogUnreadable(ILogger logger, string? eventType, long? seq, string error);
}
