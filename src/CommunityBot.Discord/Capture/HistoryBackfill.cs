using System.Collections.Concurrent;
using CommunityBot.Core.Activity;
using CommunityBot.Core.Ingest;
using CommunityBot.Discord.Gateway.Payloads;
using CommunityBot.Discord.Rest;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CommunityBot.Discord.Capture;

/// <summary>
/// What was said while the bot was away. A GUILD_CREATE comes after every new session (start, or a session that could
/// not be resumed); for a guild with stored messages, each text channel and active thread is read through REST from
/// shortly before the last stored message on, 100 messages a page, with who reacted to each. The natural keys make the
/// overlap with stored and live events harmless. Reactions added while away to older messages are not in any history.
/// </summary>
internal sealed partial class HistoryBackfill(
    DiscordRestClient rest,
    IActivityStore events,
    IIngestQueue ingest,
    IOptions<DiscordOptions> options,
    TimeProvider clock,
    ILogger<HistoryBackfill> logger)
{
    /// <summary>Read back from this long before the last stored message: events stored late by a crash, clock skew.</summary>
    private static readonly TimeSpan Overlap = TimeSpan.FromMinutes(1);

    /// <summary>Channel types with their own messages: text, announcement, and the three thread types.</summary>
    private static readonly HashSet<int> MessageChannels = [0, 5, 10, 11, 12];

    /// <summary>The last run per guild (tests and diagnostics).</summary>
    public ConcurrentDictionary<string, Task<BackfillResult>> Runs { get; } = new(StringComparer.Ordinal);

    public void Start(GuildCreateData guild, CancellationToken ct)
    {
        if (guild.Unavailable == true || options.Value.BackfillMaxDays <= 0)
        {
            return;
        }
        Runs.AddOrUpdate(guild.Id, _ => RunAsync(guild, ct), (_, previous) => previous.IsCompleted ? RunAsync(guild, ct) : previous);
    }

    private async Task<BackfillResult> RunAsync(GuildCreateData guild, CancellationToken ct)
    {
        await Task.Yield(); // off the dispatch pump
        var now = clock.GetUtcNow();
        var limit = now - TimeSpan.FromDays(options.Value.BackfillMaxDays);
        try
        {
            var last = await events.LastMessageAtAsync(guild.Id, DiscordEventTranslator.Platform, limit, ct);
            if (last is null && await events.PlatformOfAsync(guild.Id, ct) != DiscordEventTranslator.Platform)
            {
                return BackfillResult.Nothing; // a guild new to the bot: its history is what `import` is for
            }
            var from = last is { } at && at - Overlap > limit ? at - Overlap : limit;
            var result = BackfillResult.Nothing;
            foreach (var channel in guild.Channels.Concat(guild.Threads).Where(c => MessageChannels.Contains(c.Type)))
            {
                result += await ChannelAsync(guild.Id, channel, Snowflake.At(from), ct);
            }
            LogDone(logger, guild.Id, from, result.Read, result.Stored, result.Channels);
            return result;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogFailed(logger, ex, guild.Id);
            return BackfillResult.Nothing;
        }
    }

    private async Task<BackfillResult> ChannelAsync(string guildId, DiscordChannel channel, string afterId, CancellationToken ct)
    {
        var (read, stored, cap) = (0, 0, options.Value.BackfillMaxMessagesPerChannel);
        while (read < cap)
        {
            IReadOnlyList<DiscordMessage> page;
            try
            {
                page = await rest.GetMessagesAfterAsync(channel.Id, afterId, ct);
            }
            catch (DiscordRestException ex) when (ex.Status is System.Net.HttpStatusCode.Forbidden or System.Net.HttpStatusCode.NotFound)
            {
                LogNoAccess(logger, channel.Id, guildId); // no View Channel / Read Message History there, or gone
                break;
            }
            if (page.Count == 0)
            {
                break;
            }
            var oldestFirst = page.OrderBy(m => m.Id, Comparer<string>.Create(Snowflake.Compare)).ToList();
            var batch = new List<ActivityEvent>();
            foreach (var message in oldestFirst)
            {
                batch.AddRange(DiscordEventTranslator.ReadBack(message, guildId, await ReactorsAsync(message, ct), clock.GetUtcNow()));
            }
            stored += (await ingest.StoreAsync(batch, ct)).Stored;
            read += page.Count;
            afterId = oldestFirst[^1].Id;
            if (page.Count < DiscordRestClient.HistoryPageSize)
            {
                break;
            }
        }
        if (read >= cap)
        {
            LogCapped(logger, channel.Id, guildId, cap);
        }
        return new BackfillResult(read, stored, read > 0 ? 1 : 0);
    }

    private async Task<IReadOnlyList<(string Emoji, DiscordUser User)>> ReactorsAsync(DiscordMessage message, CancellationToken ct)
    {
        var reactors = new List<(string, DiscordUser)>();
        foreach (var emoji in (message.Reactions ?? []).Select(r => r.Emoji?.Key).OfType<string>().Where(k => k.Length > 0).Distinct())
        {
            reactors.AddRange((await rest.GetReactionsAsync(message.ChannelId, message.Id, emoji, ct)).Select(u => (emoji, u)));
        }
        return reactors;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Discord guild {GuildId}: read back {Read} messages since {From:u} in {Channels} channels, {Stored} events new")]
    private static partial void LogDone(ILogger logger, string guildId, DateTimeOffset from, int read, int stored, int channels);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Discord channel {ChannelId} of guild {GuildId}: no access to its history; skipped")]
    private static partial void LogNoAccess(ILogger logger, string channelId, string guildId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Discord channel {ChannelId} of guild {GuildId}: stopped reading back after {Cap} messages (Discord:BackfillMaxMessagesPerChannel)")]
    private static partial void LogCapped(ILogger logger, string channelId, string guildId, int cap);

    [LoggerMessage(Level = LogLevel.Error, Message = "Reading back the history of Discord guild {GuildId} failed; live capture goes on")]
    private static partial void LogFailed(ILogger logger, Exception ex, string guildId);
}

/// <summary>Messages read, events newly stored (messages and reactions) and channels with messages, of one read-back.</summary>
internal readonly record struct BackfillResult(int Read, int Stored, int Channels)
{
    public static readonly BackfillResult Nothing = new(0, 0, 0);

    public static BackfillResult operator +(BackfillResult a, BackfillResult b) => new(a.Read + b.Read, a.Stored + b.Stored, a.Channels + b.Channels);
}
