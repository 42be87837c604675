using CommunityBot.Core.Activity;
using CommunityBot.TestKit;

namespace CommunityBot.Core.Tests.Activity;

public sealed class PendingEventsTests
{
    private static readonly DateTimeOffset _now = new(2026, 11, 1, 12, 0, 0, TimeSpan.Zero);
    private readonly Events _e = new(_now);

    [Fact]
    public void TakeDue_HandsOutInOrder_KeepsFutureEvents_AndCountsBoth()
    {
        var pending = new PendingEvents();
        pending.StartFrom([_e.Message("a", TimeSpan.FromMinutes(5), id: "m1")]);
        pending.Collect(_e.Message("b", -TimeSpan.FromMinutes(5), id: "m3")); // five minutes ahead of "now"
        pending.Collect(_e.Message("c", TimeSpan.FromMinutes(1), id: "m2"));

        var due = pending.TakeDue(_now, last: null)!;

        Assert.Equal(["m1", "m2"], due.Select(e => e.MessageId));
        Assert.True(pending.Matches(3));
        Assert.Equal(["m3"], pending.TakeDue(_now.AddMinutes(10), due[^1])!.Select(e => e.MessageId));
    }

    [Fact]
    public void TakeDue_EventBeforeLastObserved_Null()
    {
        var pending = new PendingEvents();
        pending.StartFrom([]);
        var last = _e.Message("a", TimeSpan.FromMinutes(1), id: "m2");
        pending.Collect(_e.Message("b", TimeSpan.FromMinutes(2), id: "m1"));

        Assert.Null(pending.TakeDue(_now, last));
    }

    [Fact]
    public void Collect_PastCapacity_StopsHolding_UntilResumedFromTheStore()
    {
        var pending = new PendingEvents(capacity: 2);
        var first = _e.Message("a", TimeSpan.FromMinutes(9), id: "m0");
        pending.StartFrom([first]);
        Assert.Single(pending.TakeDue(_now, null)!);
        var later = Enumerable.Range(1, 5).Select(i => _e.Message("a", TimeSpan.FromMinutes(9 - i), id: "m" + i)).ToList();
        later.ForEach(pending.Collect);

        Assert.True(pending.Overflowed);
        Assert.False(pending.Matches(6));

        pending.Resume(later); // what the store holds after the last observed event
        Assert.False(pending.Overflowed);
        Assert.True(pending.Matches(6));
        Assert.Equal(later.Select(e => e.MessageId), pending.TakeDue(_now, first)!.Select(e => e.MessageId));
    }

    [Fact]
    public async Task StartFromStream_ObservesAsRead_DropsWhatWasAlsoCollected_KeepsLaterOnesWaiting()
    {
        var pending = new PendingEvents();
        var (m1, m2, ahead) = (_e.Message("a", TimeSpan.FromMinutes(9), id: "m1"), _e.Message("b", TimeSpan.FromMinutes(8), id: "m2"),
            _e.Message("c", -TimeSpan.FromMinutes(5), id: "m3"));
        var fresh = _e.Message("d", TimeSpan.FromMinutes(1), id: "m4");
        var observed = new List<string?>();

        async IAsyncEnumerable<ActivityEvent> History()
        {
            yield return m1;
            pending.Collect(m2); // stored while the history is read, and read too
            pending.Collect(fresh); // stored after the read began: not in it
            await Task.Yield();
            yield return m2;
            yield return ahead;
        }

        var last = await pending.StartFromStreamAsync(History(), _now, e => observed.Add(e.MessageId), CancellationToken.None);

        Assert.Equal(["m1", "m2"], observed);
        Assert.Same(m2, last);
        Assert.True(pending.Matches(4)); // m1 and m2 observed, m4 collected, m3 waiting
        Assert.Equal(["m4"], pending.TakeDue(_now, last)!.Select(e => e.MessageId));
        Assert.Equal(["m3"], pending.TakeDue(_now.AddMinutes(10), fresh)!.Select(e => e.MessageId));
    }

    [Fact]
    public async Task StartFromStream_CollectedEventBeforeTheStreamsEnd_TakeDueSaysRebuild()
    {
        var pending = new PendingEvents();
        var late = _e.Message("b", TimeSpan.FromMinutes(8), id: "old"); // an import of older history, stored during the read

        async IAsyncEnumerable<ActivityEvent> History()
        {
            yield return _e.Message("a", TimeSpan.FromMinutes(9), id: "m1");
            pending.Collect(late);
            await Task.Yield();
            yield return _e.Message("a", TimeSpan.FromMinutes(2), id: "m2");
        }

        var last = await pending.StartFromStreamAsync(History(), _now, _ => { }, CancellationToken.None);

        Assert.Null(pending.TakeDue(_now, last));
    }
}
