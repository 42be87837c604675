using CommunityBot.Core.Activity;

namespace CommunityBot.Core.Tests.Activity;

public sealed class ReadAheadTests
{
    [Fact]
    public void InBackground_ManyChunks_SameItemsInOrder() =>
        Assert.Equal(Enumerable.Range(0, 10_001), ReadAhead.InBackground(Enumerable.Range(0, 10_001), chunkSize: 100, chunksAhead: 2));

    [Fact]
    public void InBackground_SourceFails_ConsumerSeesTheFailureAfterWhatWasRead()
    {
        var read = new List<int>();
        var ex = Assert.Throws<InvalidOperationException>(() =>
        {
            foreach (var i in ReadAhead.InBackground(Failing(), chunkSize: 10))
            {
                read.Add(i);
            }
        });
        Assert.Contains("disk gone", ex.Message);
        Assert.Equal(Enumerable.Range(0, 20), read);
    }

    [Fact]
    public void InBackground_ConsumerStopsEarly_ReaderStopsToo()
    {
        var produced = 0;
        IEnumerable<int> Endless()
        {
            while (true)
            {
                yield return produced++;
            }
        }

        Assert.Equal([0, 1, 2], ReadAhead.InBackground(Endless(), chunkSize: 10, chunksAhead: 2).Take(3));
        var after = produced;
        Thread.Sleep(50);
        Assert.Equal(after, produced);
    }

    private static IEnumerable<int> Failing()
    {
        for (var i = 0; i < 25; i++)
        {
            if (i == 20)
            {
                throw new IOException("disk gone");
            }
            yield return i;
        }
    }
}
