using CommunityBot.Core.Activity;
using CommunityBot.Core.Commands;
using CommunityBot.Core.Ingest;
using CommunityBot.Core.Members;
using CommunityBot.Core.Platform;
using CommunityBot.Core.Recommendations.Clicks;
using Microsoft.Extensions.Logging;

namespace CommunityBot.Core.Recommendations.Digest;

/// <summary>
/// Posts a community's recommendation digest to its configured channel: one line per addressed member with
/// their pick and link, feedback buttons per course, and a shown event per line so the cooldown caps the next one.
/// </summary>
public sealed partial class DigestService(
    RecommendationService recommendations,
    IPrivacyStore privacy,
    ChatPlatforms platforms,
    ClickLinks links,
    IIngestQueue ingest,
    TimeProvider clock,
    ILogger<DigestService> logger)
{
    /// <summary>Discord allows 25 buttons a message; 8 courses × 3 feedback buttons stay below it.</summary>
    private const int MaxButtonCourses = 8;

    public async Task<DigestResult> RunAsync(string community, CancellationToken ct)
    {
        var state = await recommendations.LoadAsync(community, clock.GetUtcNow(), ct);
        if (state.Settings.DigestChannel is not { Length: > 0 } channel)
        {
            LogNoChannel(logger, community);
            return DigestResult.Skip("no digest channel configured");
        }
        if (state.Platform is not { } platform || !platforms.Supports(platform))
        {
            LogNoAdapter(logger, community, state.Platform);
            return DigestResult.Skip("no chat adapter for the community's platform");
        }
        var optedOut = await privacy.OptedOutAsync(community, ct);
        var options = recommendations.Options;
        var chosen = await DigestSelection.ChooseAsync(state, recommendations.EachMemberAsync(state, ct), optedOut, options.DigestMaxMembers, options.FairShare, ct);
        if (chosen.Count == 0)
        {
            LogNobody(logger, community);
            return DigestResult.Skip("no eligible member with a relevant course");
        }
        var lines = new List<DigestLine>();
        foreach (var (member, course, fair) in chosen)
        {
            var signals = await recommendations.MemberAsync(state, member.User, ct); // only the chosen few are read again in full
            var link = await links.LinkAsync(platform, community, member.User, course.Course, RecommendationEvents.Digest, ct);
            lines.Add(new DigestLine(member.User, member.DisplayName, state.Pick(signals, course), link, fair));
        }
        await platforms.SendAsync(new ChannelRef(platform, community, channel), Render(lines), ct);
        await ingest.StoreAsync(lines.Select(l => new ActivityEvent
        {
            Kind = EventKind.RecommendationShown, Platform = platform, Community = community, Channel = channel, User = l.User,
            Course = l.Pick.Course.Id, Detail = RecommendationEvents.Digest, Value = l.Pick.Score, At = state.Now,
        }).ToList(), ct);
        LogPosted(logger, community, lines.Count);
        return new DigestResult(lines, null);
    }

    private static Reply Render(IReadOnlyList<DigestLine> lines) =>
        new(string.Join('\n', lines.Select(l => $"{l.Name}: {l.Pick.Course.Title}, {l.Pick.Why}. {l.Link}")))
        {
            Title = "Course picks of the week",
            Buttons = lines.Select(l => l.Pick.Course).DistinctBy(c => c.Id).Take(MaxButtonCourses)
                .SelectMany(c => RecommendationButtons.For(c, c.Url).Take(3)).ToList(),
        };

    [LoggerMessage(Level = LogLevel.Information, Message = "No digest channel is configured for community {Community}; nothing posted")]
    private static partial void LogNoChannel(ILogger logger, string community);

    [LoggerMessage(Level = LogLevel.Warning, Message = "No chat adapter runs for community {Community} (platform {Platform}); digest not posted")]
    private static partial void LogNoAdapter(ILogger logger, string community, string? platform);

    [LoggerMessage(Level = LogLevel.Information, Message = "Digest for community {Community}: no eligible member has a relevant course")]
    private static partial void LogNobody(ILogger logger, string community);

    [LoggerMessage(Level = LogLevel.Information, Message = "Digest for community {Community} addressed {Members} members")]
    private static partial void LogPosted(ILogger logger, string community, int members);
}
