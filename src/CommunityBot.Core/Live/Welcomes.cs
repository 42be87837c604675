using CommunityBot.Core.Activity;
using CommunityBot.Core.Communities;
using CommunityBot.Core.Ingest;
using CommunityBot.Core.Platform;
using CommunityBot.Core.Recommendations;

namespace CommunityBot.Core.Live;

/// <summary>
/// Welcomes newcomers who just joined (through a chat adapter, within <see cref="LiveActors.Window"/>) in the
/// community's welcome channel, with starter picks from the catalog. Off until an admin sets the channel.
/// </summary>
public sealed class Welcomes(ISettingsStore settings, RecommendationService recommendations, ChatPlatforms platforms,
    AnnouncementOutbox outbox, LiveSignal signal, TimeProvider clock) : IStoredEventsObserver
{
    private readonly Lock _gate = new();
    private readonly List<ActivityEvent> _joins = [];

    public void OnStored(IReadOnlyList<ActivityEvent> stored)
    {
        var now = clock.GetUtcNow();
        var joined = stored.Where(e => e.Kind == EventKind.Join && !e.IsBot && now - e.At < LiveActors.Window && platforms.Supports(e.Platform)).ToList();
        if (joined.Count == 0)
        {
            return;
        }
        lock (_gate)
        {
            _joins.AddRange(joined);
        }
        signal.Pulse();
    }

    /// <summary>Turns the joins stored since the last call into welcome announcements; returns how many newcomers.</summary>
    public async Task<int> ProcessAsync(CancellationToken ct)
    {
        List<ActivityEvent> joins;
        lock (_gate)
        {
            joins = [.. _joins];
            _joins.Clear();
        }
        foreach (var community in joins.GroupBy(j => j.Community, StringComparer.Ordinal))
        {
            var live = (await settings.GetAsync(community.Key, ct)).Live;
            if (live.WelcomeChannel is not { } channel)
            {
                continue;
            }
            var footer = await FooterAsync(community.Key, ct);
            foreach (var join in community.DistinctBy(j => j.User))
            {
                var name = MessageTemplate.SafeName(join.UserName, "newcomer");
                var line = MessageTemplate.Render(live.WelcomeTemplate, new Dictionary<string, string> { ["user"] = name });
                outbox.Post(new ChannelRef(join.Platform, community.Key, channel), WelcomeKind.Instance, new Announcement(line, name, footer));
            }
        }
        return joins.Count;
    }

    private async Task<string> FooterAsync(string community, CancellationToken ct)
    {
        var state = await recommendations.LoadAsync(community, clock.GetUtcNow(), ct);
        var picks = StarterPicks.Choose(state.Model);
        var start = picks.Count == 0 ? "" : "Good places to start: " + string.Join("; ", picks.Select(c => c.Title)) + ".\n";
        return start + "Type /help to see what I can do, /recommend for picks of your own and /profile for your points.";
    }
}
