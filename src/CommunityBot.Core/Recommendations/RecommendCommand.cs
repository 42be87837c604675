using System.Globalization;
using CommunityBot.Core.Activity;
using CommunityBot.Core.Commands;
using CommunityBot.Core.Ingest;
using CommunityBot.Core.Members;
using CommunityBot.Core.Recommendations.Clicks;

namespace CommunityBot.Core.Recommendations;

/// <summary>/recommend [popular]: the member's own top picks with reasons and feedback buttons, privately.</summary>
public sealed class RecommendCommand(
    RecommendationService recommendations,
    ClickLinks links,
    IIngestQueue ingest,
    IPrivacyStore privacy) : IBotCommand
{
    public CommandSpec Spec { get; } = new("recommend", "Courses picked for you, with the reason for each", MemberRole.Member,
        [new ArgSpec("mode", "popular: the best courses even when nothing matches your interests") { Choices = ["popular"] }])
    {
        Private = true,
    };

    public async Task<Reply> ExecuteAsync(CommandInvocation call, CancellationToken ct)
    {
        var mode = call.Arg(0);
        if (mode is not null && !string.Equals(mode, "popular", StringComparison.OrdinalIgnoreCase))
        {
            throw new CommandUsageException($"Unknown option '{mode}'.");
        }
        if (await privacy.GetAsync(call.Community, call.User, ct) != PrivacyChoice.Visible)
        {
            return new Reply("You opted out of recommendations (/privacy). Use /privacy on to get them again.") { Ephemeral = true };
        }
        var state = await recommendations.LoadAsync(call.Community, call.Now, ct);
        var member = await recommendations.MemberAsync(state, call.User, ct);
        var picks = state.Picks(member, recommendations.Options.Picks, popular: mode is not null);
        if (picks.Count == 0)
        {
            return new Reply(state.Model.Space.Count == 0
                ? "The course catalog is empty."
                : "Nothing matches your interests yet. Talk about what you are learning, or try /recommend popular.") { Ephemeral = true };
        }
        var lines = new List<string>();
        var buttons = new List<ReplyButton>();
        foreach (var (pick, rank) in picks.Select((p, i) => (p, i + 1)))
        {
            var link = await links.LinkAsync(call.Platform, call.Community, call.User, pick.Course, RecommendationEvents.Command, ct);
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"{rank}. {pick.Course.Title}: {pick.Why}. {link}"));
            buttons.AddRange(RecommendationButtons.For(pick.Course, link));
        }
        await ingest.StoreAsync(picks.Select(p => new ActivityEvent
        {
            Kind = EventKind.RecommendationShown, Platform = call.Platform, Community = call.Community, Channel = call.Channel,
            User = call.User, UserName = call.UserName, Course = p.Course.Id, Detail = RecommendationEvents.Command, Value = p.Score, At = call.Now,
        }).ToList(), ct);
        return new Reply(string.Join('\n', lines))
        {
            Title = "Courses for you",
            Buttons = buttons,
            Ephemeral = true,
            Data = picks.Select(p => new { course = p.Course.Id, title = p.Course.Title, score = Math.Round(p.Score, 4), why = p.Why }).ToList(),
        };
    }
}
