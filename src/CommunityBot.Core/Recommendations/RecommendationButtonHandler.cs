using CommunityBot.Core.Activity;
using CommunityBot.Core.Commands;
using CommunityBot.Core.Communities;
using CommunityBot.Core.Ingest;
using CommunityBot.Core.Recommendations.Catalog;

namespace CommunityBot.Core.Recommendations;

/// <summary>Records 👍 / 👎 / "not now" on a recommended course as feedback of the member who pressed.</summary>
public sealed class RecommendationButtonHandler(ICourseCatalog catalog, ISettingsStore settings, IIngestQueue ingest) : IButtonHandler
{
    public string Prefix => RecommendationButtons.Prefix;

    public MemberRole Role => MemberRole.Member;

    public async Task<Reply> PressAsync(CommandInvocation call, CancellationToken ct)
    {
        var detail = call.Arg(0);
        if (call.Args.Count != 2 || detail is not (RecommendationEvents.Up or RecommendationEvents.Down or RecommendationEvents.Dismiss))
        {
            return Reply.Error("That button is no longer supported.");
        }
        if (await catalog.FindAsync(call.Community, call.Args[1], ct) is not { } course)
        {
            return Reply.Error("That course is no longer in this community's catalog.");
        }
        await ingest.StoreAsync(
        [
            new ActivityEvent
            {
                Kind = EventKind.RecommendationFeedback, Platform = call.Platform, Community = call.Community, Channel = call.Channel,
                User = call.User, UserName = call.UserName, Course = course.Id, Detail = detail, At = call.Now,
                // One vote of each kind per member, course and day: pressing again changes nothing.
                Nonce = call.Now.UtcDateTime.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            },
        ], ct);
        var cooldown = (await settings.GetAsync(call.Community, ct)).RecommendationCooldownDays;
        return new Reply(detail switch
        {
            RecommendationEvents.Up => $"Thanks! You'll see more like {course.Title}.",
            RecommendationEvents.Down => $"Got it: {course.Title} will not be recommended to you again.",
            _ => $"OK, not now: {course.Title} is held back for {cooldown} days.",
        }) { Ephemeral = true };
    }
}
