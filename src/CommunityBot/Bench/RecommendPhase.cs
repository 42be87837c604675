using System.Diagnostics;
using System.Globalization;
using CommunityBot.Core.Activity;
using CommunityBot.Core.Members;
using CommunityBot.Core.Recommendations;
using CommunityBot.Core.Recommendations.Catalog;
using CommunityBot.Core.Recommendations.Digest;

namespace CommunityBot.Bench;

/// <summary>
/// Recommendation figures: a catalog of K synthetic courses over the workload's topics; per community the state
/// is loaded once (as the /recommend command and the digest do), then members' picks are timed one by one
/// (p50/p99), and the digest's selection is timed over every member of every community.
/// </summary>
internal sealed class RecommendPhase(IServiceProvider services, TextWriter progress)
{
    public const int SampledMembersPerCommunity = 200;

    public double P50Ms { get; private set; }
    public double P99Ms { get; private set; }
    public double DigestSeconds { get; private set; }
    public double LoadSeconds { get; private set; }

    public async Task RunAsync(int courses, IReadOnlyList<string> topics, DateTimeOffset now, CancellationToken ct)
    {
        await SeedCatalogAsync(courses, topics, ct);
        var recommendations = services.GetRequiredService<RecommendationService>();
        var privacy = services.GetRequiredService<IPrivacyStore>();
        var timings = new List<double>();
        foreach (var community in await services.GetRequiredService<IActivityStore>().CommunitiesAsync(ct))
        {
            var clock = Stopwatch.StartNew();
            var state = await recommendations.LoadAsync(community, now, ct);
            LoadSeconds += clock.Elapsed.TotalSeconds;
            var members = state.Snapshot.Members.ToList();
            var step = Math.Max(1, members.Count / SampledMembersPerCommunity);
            for (var i = 0; i < members.Count; i += step)
            {
                clock.Restart();
                _ = state.Picks(members[i], recommendations.Options.Picks, popular: false);
                timings.Add(clock.Elapsed.TotalMilliseconds);
            }
            clock.Restart();
            var optedOut = await privacy.OptedOutAsync(community, ct);
            _ = DigestSelection.Choose(state, optedOut, recommendations.Options.DigestMaxMembers, recommendations.Options.FairShare);
            DigestSeconds += clock.Elapsed.TotalSeconds;
            progress.WriteLine($"  recommendations: {community} loaded, {members.Count:N0} members");
        }
        timings.Sort();
        P50Ms = Percentile(timings, 0.50);
        P99Ms = Percentile(timings, 0.99);
    }

    private async Task SeedCatalogAsync(int courses, IReadOnlyList<string> topics, CancellationToken ct)
    {
        var catalog = services.GetRequiredService<ICourseCatalog>();
        var random = new Random(courses);
        for (var i = 0; i < courses; i++)
        {
            var id = "bench-" + i.ToString(CultureInfo.InvariantCulture);
            var tags = Enumerable.Range(0, 3).Select(_ => topics[random.Next(topics.Count)]).Distinct(StringComparer.Ordinal).ToList();
            await catalog.SaveAsync(new Course
            {
                Id = id, Title = "Course " + id, Url = "https://courses.example.com/" + id, Tags = tags,
                Rating = Math.Round(3 + (2 * random.NextDouble()), 1), Level = "beginner", Language = "en",
            }, ct);
        }
    }

    private static double Percentile(List<double> sorted, double p) =>
        sorted.Count == 0 ? 0 : Math.Round(sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)], 3);
}
