using System.Diagnostics;
using System.Globalization;
using CommunityBot.Core.Activity;
using CommunityBot.Core.Members;
using CommunityBot.Core.Recommendations;
using CommunityBot.Core.Recommendations.Catalog;
using CommunityBot.Core.Recommendations.Digest;
using CommunityBot.Core.Recommendations.Profiles;

namespace CommunityBot.Bench;

/// <summary>
/// Recommendation figures on a catalog of K synthetic courses over the workload's topics. The refresh job builds each
/// community's model and profiles from its history (refresh_s); then members are served one by one the way
/// /recommend serves them, model check plus their own profile and score (p50/p99); the digest's selection runs over
/// every member of every community; and after more events arrive, the catch-up of every model is timed.
/// </summary>
internal sealed class RecommendPhase(IServiceProvider services, TextWriter progress)
{
    public const int SampledMembersPerCommunity = 200;

    public double P50Ms { get; private set; }
    public double P99Ms { get; private set; }
    public double DigestSeconds { get; private set; }
    public double RefreshSeconds { get; private set; }
    public double CatchUpSeconds { get; private set; }

    public async Task RunAsync(int courses, IReadOnlyList<string> topics, Func<Task> moreEvents, CancellationToken ct)
    {
        var models = services.GetRequiredService<RecommendationModels>();
        var recommendations = services.GetRequiredService<RecommendationService>();
        var profiles = services.GetRequiredService<IRecommendationStore>();
        var privacy = services.GetRequiredService<IPrivacyStore>();
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var communities = await services.GetRequiredService<IActivityStore>().CommunitiesAsync(ct);
        await SeedCatalogsAsync(communities, courses, topics, ct);
        var timings = new List<double>();
        foreach (var community in communities)
        {
            var clock = Stopwatch.StartNew();
            await models.RefreshAsync(community, ct);
            RefreshSeconds += clock.Elapsed.TotalSeconds;
            var refreshPeak = Process.GetCurrentProcess().PeakWorkingSet64 >> 20;
            var members = (await profiles.ProfilesAsync(community, null, ct)).Select(p => p.User).ToList();
            var step = Math.Max(1, members.Count / SampledMembersPerCommunity);
            for (var i = 0; i < members.Count; i += step)
            {
                clock.Restart();
                var state = await recommendations.LoadAsync(community, now, ct);
                var member = await recommendations.MemberAsync(state, members[i], ct);
                _ = state.Picks(member, recommendations.Options.Picks, popular: false);
                timings.Add(clock.Elapsed.TotalMilliseconds);
            }
            clock.Restart();
            var digestState = await recommendations.LoadAsync(community, now, ct);
            var optedOut = await privacy.OptedOutAsync(community, ct);
            _ = await DigestSelection.ChooseAsync(digestState, recommendations.EachMemberAsync(digestState, ct), optedOut,
                recommendations.Options.DigestMaxMembers, recommendations.Options.FairShare, ct);
            DigestSeconds += clock.Elapsed.TotalSeconds;
            var process = Process.GetCurrentProcess();
            progress.WriteLine($"  recommendations: {community} refreshed (peak {refreshPeak:N0} MB), {members.Count:N0} members served (memory now {process.WorkingSet64 >> 20:N0} MB, peak {process.PeakWorkingSet64 >> 20:N0} MB)");
        }
        timings.Sort();
        P50Ms = Percentiles.Of(timings, 0.50);
        P99Ms = Percentiles.Of(timings, 0.99);
        await moreEvents();
        var rebuildsBefore = models.Rebuilds;
        var catchUp = Stopwatch.StartNew();
        foreach (var community in communities)
        {
            await models.CurrentAsync(community, ct);
        }
        CatchUpSeconds = catchUp.Elapsed.TotalSeconds;
        if (models.Rebuilds != rebuildsBefore)
        {
            throw new InvalidOperationException("A recommendation model was rebuilt instead of caught up: the catch-up figure would be wrong.");
        }
    }

    /// <summary>Every community gets the same generated courses, each in its own catalog.</summary>
    private async Task SeedCatalogsAsync(IReadOnlyList<string> communities, int courses, IReadOnlyList<string> topics, CancellationToken ct)
    {
        var catalog = services.GetRequiredService<ICourseCatalog>();
        var random = new Random(courses);
        var generated = new List<Course>();
        for (var i = 0; i < courses; i++)
        {
            var id = "bench-" + i.ToString(CultureInfo.InvariantCulture);
            var tags = Enumerable.Range(0, 3).Select(_ => topics[random.Next(topics.Count)]).Distinct(StringComparer.Ordinal).ToList();
            generated.Add(new Course
            {
                Id = id, Title = "Course " + id, Url = "https://courses.example.com/" + id, Tags = tags,
                Rating = Math.Round(3 + (2 * random.NextDouble()), 1), Level = "beginner", Language = "en",
            });
        }
        foreach (var community in communities)
        {
            foreach (var course in generated)
            {
                await catalog.SaveAsync(community, course, ct);
            }
        }
    }
}
