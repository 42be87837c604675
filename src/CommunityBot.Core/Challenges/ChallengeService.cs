using System.Globalization;
using CommunityBot.Core.Activity;
using CommunityBot.Core.Commands;
using CommunityBot.Core.Communities;
using CommunityBot.Core.Ingest;
using CommunityBot.Core.Live;
using CommunityBot.Core.Platform;
using CommunityBot.Core.Recommendations;
using Microsoft.Extensions.Logging;

namespace CommunityBot.Core.Challenges;

/// <summary>
/// The weekly challenge: posting a prompt (the next queued one, or a topic picked from the catalog), crediting
/// replies with bonus points, and announcing the winners once it has ended.
/// </summary>
public sealed partial class ChallengeService(
    IChallengeStore challenges,
    ISettingsStore settings,
    IActivityStore events,
    RecommendationService recommendations,
    ChatPlatforms platforms,
    IIngestQueue ingest,
    TimeProvider clock,
    ILogger<ChallengeService> logger)
{
    public const int MaxCreditedPerMember = 3;
    public const string BonusDetail = "challenge";

    /// <summary>Ends a running challenge (winners announced), then posts the next; null when there is no channel or platform.</summary>
    public async Task<Challenge?> StartAsync(string community, CancellationToken ct)
    {
        var config = await settings.GetAsync(community, ct);
        var live = config.Live;
        if (live.ChallengeChannel is not { } channel)
        {
            LogNoChannel(logger, community);
            return null;
        }
        if (await events.PlatformOfAsync(community, ct) is not { } platform || !platforms.Supports(platform))
        {
            LogNoAdapter(logger, community);
            return null;
        }
        var now = clock.GetUtcNow();
        if (await challenges.LatestAsync(community, ct) is { } running && running.IsRunning(now))
        {
            await AnnounceAsync(running with { EndsAt = now }, ct);
        }
        var queued = live.ChallengeQueue.Count > 0 ? live.ChallengeQueue[0] : null;
        var topic = queued?.Topic ?? (queued is null ? await PickTopicAsync(community, now, ct) : null);
        var text = queued?.Text ?? (topic is null ? null : ChallengeTopics.PromptFor(topic));
        if (text is null)
        {
            LogNothingToPost(logger, community);
            return null;
        }
        var ends = now + TimeSpan.FromDays(live.ChallengeDays);
        var post = new Reply(string.Join('\n',
            "🏁 This week's challenge: " + text,
            string.Create(CultureInfo.InvariantCulture, $"Reply to this message until {ends:yyyy-MM-dd HH:mm} UTC: each reply earns {live.ChallengeBonus} bonus points (up to {MaxCreditedPerMember} replies each). /challenge board shows who leads.")))
        { Title = "Weekly challenge" };
        var messageId = await platforms.SendAsync(new ChannelRef(platform, community, channel), post, ct);
        var challenge = new Challenge
        {
            Id = now.UtcTicks.ToString(CultureInfo.InvariantCulture), Community = community, Platform = platform, Channel = channel,
            MessageId = messageId, Text = text, Topic = topic, StartsAt = now, EndsAt = ends, Bonus = live.ChallengeBonus,
        };
        await challenges.SaveAsync(challenge, ct);
        if (queued is not null)
        {
            var latest = await settings.GetAsync(community, ct);
            await settings.SaveAsync(latest with { Live = latest.Live with { ChallengeQueue = latest.Live.ChallengeQueue.Skip(1).ToList() } }, ct);
        }
        LogStarted(logger, community, challenge.Id);
        return challenge;
    }

    /// <summary>Credits the live messages that reply to the running challenge; returns how many were credited.</summary>
    public async Task<int> CreditAsync(string community, IReadOnlyList<ActivityEvent> messages, CancellationToken ct)
    {
        if (await challenges.LatestAsync(community, ct) is not { } challenge)
        {
            return 0;
        }
        var chain = challenge.Replies.Select(r => r.MessageId).Append(challenge.MessageId).ToHashSet(StringComparer.Ordinal);
        var credited = challenge.Replies.Select(r => r.MessageId).ToHashSet(StringComparer.Ordinal);
        var bonuses = new List<ActivityEvent>();
        var replies = challenge.Replies.ToList();
        foreach (var m in messages.Where(m => challenge.IsRunning(m.At) && m.MessageId is not null).OrderBy(m => m.At))
        {
            var inChain = (m.ReplyTo is { } parent && chain.Contains(parent)) || m.Channel == challenge.MessageId;
            if (!inChain || m.IsBot || !credited.Add(m.MessageId!))
            {
                continue;
            }
            chain.Add(m.MessageId!);
            if (replies.Count(r => r.User == m.User) >= MaxCreditedPerMember)
            {
                continue;
            }
            replies.Add(new ChallengeReply(m.User, m.UserName, m.MessageId!, m.At));
            bonuses.Add(new ActivityEvent
            {
                Kind = EventKind.XpAdjusted, Platform = m.Platform, Community = community, Channel = m.Channel, User = m.User,
                UserName = m.UserName, At = m.At, Value = challenge.Bonus, Detail = BonusDetail,
                Nonce = $"challenge|{challenge.Id}|{m.MessageId}", // a re-delivered reply is credited once
            });
        }
        if (bonuses.Count == 0)
        {
            return 0;
        }
        await challenges.SaveAsync(challenge with { Replies = replies }, ct);
        await ingest.StoreAsync(bonuses, ct);
        return bonuses.Count;
    }

    /// <summary>Announces the winners of a challenge that has ended (the period-close job); false when none was due.</summary>
    public async Task<bool> CloseDueAsync(string community, CancellationToken ct)
    {
        if (await challenges.LatestAsync(community, ct) is not { WinnersAnnounced: false } challenge || challenge.EndsAt > clock.GetUtcNow())
        {
            return false;
        }
        await AnnounceAsync(challenge, ct);
        return true;
    }

    public static string BoardText(Challenge challenge, int take = 10)
    {
        var ranked = ChallengeBoard.Rank(challenge);
        return ranked.Count == 0
            ? "No replies yet."
            : string.Join('\n', ranked.Take(take).Select(r => string.Create(CultureInfo.InvariantCulture,
                $"#{r.Rank} {MessageTemplate.SafeName(r.Name, r.User)}: {r.Replies} {(r.Replies == 1 ? "reply" : "replies")}")));
    }

    private async Task AnnounceAsync(Challenge challenge, CancellationToken ct)
    {
        var ranked = ChallengeBoard.Rank(challenge);
        var text = ranked.Count == 0
            ? $"The challenge “{challenge.Text}” has ended without replies. Next week's is coming."
            : string.Join('\n', new[] { $"🏆 The challenge “{challenge.Text}” has ended. Winners:" }
                .Concat(ranked.Take(3).Select(r => string.Create(CultureInfo.InvariantCulture,
                    $"{Medal(r.Rank)} {MessageTemplate.SafeName(r.Name, r.User)}: {r.Replies} {(r.Replies == 1 ? "reply" : "replies")}")))
                .Append(string.Create(CultureInfo.InvariantCulture, $"Thanks to all {ranked.Count} who took part.")));
        try
        {
            await platforms.SendAsync(new ChannelRef(challenge.Platform, challenge.Community, challenge.Channel), new Reply(text) { Title = "Challenge winners" }, ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogAnnounceFailed(logger, ex, challenge.Community);
        }
        await challenges.SaveAsync(challenge with { WinnersAnnounced = true }, ct);
    }

    private static string Medal(int rank) => rank switch { 1 => "🥇", 2 => "🥈", _ => "🥉" };

    private async Task<string?> PickTopicAsync(string community, DateTimeOffset now, CancellationToken ct)
    {
        var state = await recommendations.LoadAsync(community, now, ct);
        return ChallengeTopics.Pick(state.Model, await events.ReadCommunityAsync(community, now - TimeSpan.FromDays(30), ct));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "No challenge channel is set for community {Community}; no challenge posted")]
    private static partial void LogNoChannel(ILogger logger, string community);

    [LoggerMessage(Level = LogLevel.Warning, Message = "No chat adapter runs for community {Community}; no challenge posted")]
    private static partial void LogNoAdapter(ILogger logger, string community);

    [LoggerMessage(Level = LogLevel.Information, Message = "Community {Community} has no queued prompt and no catalog topic; no challenge posted")]
    private static partial void LogNothingToPost(ILogger logger, string community);

    [LoggerMessage(Level = LogLevel.Information, Message = "Challenge {Challenge} started in community {Community}")]
    private static partial void LogStarted(ILogger logger, string community, string challenge);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The challenge winners of community {Community} could not be posted")]
    private static partial void LogAnnounceFailed(ILogger logger, Exception ex, string community);
}
