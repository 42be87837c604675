using Stopwatch = System.Diagnostics.Stopwatch;
using System.Globalization;
using CommunityBot.Core.Activity;
using CommunityBot.Core.Commands;
using CommunityBot.Core.Engagement;
using CommunityBot.Core.Ingest;

namespace CommunityBot.Bench;

/// <summary>
/// Event-to-visible latency in the largest community: one member's message goes through the ingest queue the way an
/// adapter hands it over, then that member asks /profile; the time runs from the hand-over to the answer, and the
/// member's stored points must count the message (otherwise the figure would time a stale answer).
/// </summary>
internal sealed class VisibleLatencyPhase(IServiceProvider services, BenchClock time, TextWriter progress)
{
    public const int Samples = 100;

    /// <summary>A channel of its own, so no earlier message of the member falls within the per-channel cooldown.</summary>
    private const string ProbeChannel = "latency-probe";

    public double P50Ms { get; private set; }
    public double P99Ms { get; private set; }

    public async Task RunAsync(CancellationToken ct)
    {
        var scores = services.GetRequiredService<IScoreStore>();
        var queue = services.GetRequiredService<IIngestQueue>();
        var dispatcher = services.GetRequiredService<CommandDispatcher>();
        var (community, members) = await LargestCommunityAsync(scores, ct);
        var step = Math.Max(1, members.Count / Samples);
        var timings = new List<double>(Samples);
        for (var i = 0; i < Samples && i * step < members.Count; i++)
        {
            var member = members[i * step];
            time.Now += TimeSpan.FromSeconds(1); // live events arrive in time order, as the kept scoring state expects
            var text = $"latency probe {i}: here is what I learned about this week's topic, with the steps that worked";
            var message = new ActivityEvent
            {
                Kind = EventKind.Message, Platform = "bench", Community = community, Channel = ProbeChannel, User = member.User,
                UserName = member.Name ?? member.User, At = time.Now,
                MessageId = "latency-" + i.ToString(CultureInfo.InvariantCulture), Text = text, Length = text.Length,
            };
            var clock = Stopwatch.StartNew();
            await queue.StoreAsync([message], ct);
            var reply = await dispatcher.DispatchAsync(new CommandRequest("bench", community, ProbeChannel, member.User,
                message.UserName ?? member.User, MemberRole.Member, "/profile"), ct);
            timings.Add(clock.Elapsed.TotalMilliseconds);
            var after = await scores.GetAsync(community, member.User, ct);
            // Points, not the message count: the count is of the window, which may lose an old message as time moves.
            if (reply.IsError || after is null || after.Points <= member.Points)
            {
                throw new InvalidOperationException($"/profile for {member.User} answered before its message counted (points {member.Points} before, {after?.Points} after): the latency figure would be wrong.");
            }
        }
        timings.Sort();
        P50Ms = Percentiles.Of(timings, 0.50);
        P99Ms = Percentiles.Of(timings, 0.99);
        progress.WriteLine($"event to visible (/profile) in {community} ({members.Count:N0} members): p50 {P50Ms:0.0} ms, p99 {P99Ms:0.0} ms (peak memory {System.Diagnostics.Process.GetCurrentProcess().PeakWorkingSet64 >> 20:N0} MB)");
    }

    private async Task<(string Community, IReadOnlyList<MemberScore> Members)> LargestCommunityAsync(IScoreStore scores, CancellationToken ct)
    {
        (string Community, IReadOnlyList<MemberScore> Members) largest = ("", []);
        foreach (var community in await services.GetRequiredService<IActivityStore>().CommunitiesAsync(ct))
        {
            var members = await scores.ListAsync(community, ct);
            if (members.Count > largest.Members.Count)
            {
                largest = (community, members);
            }
        }
        return largest;
    }
}
