using CommunityBot.Core.Activity;
using CommunityBot.Core.Ingest;
using CommunityBot.TestKit;

namespace CommunityBot.Core.Tests.Ingest;

/// <summary>Whatever an adapter hands over, what reaches the store is cleaned and capped.</summary>
public sealed class IngestCleaningTests
{
    private static readonly DateTimeOffset _now = new(2026, 11, 20, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task StoredText_HasNoControlBidiZeroWidthOrLoneSurrogate_EmojiAndJoinersKept()
    {
        await using var fixture = await new StoreFixture(_now).StartAsync();
        var events = new Events(_now);
        const string family = "👨\u200D👩\u200D👧";
        var hostile = "@everyone \u202Eevil\u202C \u200Bhidden\u2066x\u2069 bell\u0007 lone\uD800 end\uDC00 " + family + "\nline\ttab";
        var message = events.Message("mallory", TimeSpan.FromMinutes(1), hostile, id: "h1") with { UserName = "\u202Eadmin\u200B\uDBFF" };

        await fixture.Get<IIngestQueue>().StoreAsync([message], CancellationToken.None);

        var stored = Assert.Single(await fixture.Get<IActivityStore>().ReadCommunityAsync("c1", null, CancellationToken.None));
        Assert.Equal("@everyone evil hiddenx bell lone end " + family + "\nline\ttab", stored.Text);
        Assert.Equal("admin", stored.UserName);
    }

    [Fact]
    public async Task A100KilobyteMessage_IsStoredCappedWithoutSplittingASurrogatePair()
    {
        await using var fixture = await new StoreFixture(_now).StartAsync();
        var events = new Events(_now);
        var cap = IngestQueue.MaxTextLength;
        // An emoji straddles the cap: the cut must not leave its high surrogate alone.
        var text = new string('a', cap - 1) + "😀" + new string('b', 100_000 - cap);
        await fixture.Get<IIngestQueue>().StoreAsync([events.Message("big", TimeSpan.FromMinutes(1), text, id: "big1")], CancellationToken.None);

        var stored = Assert.Single(await fixture.Get<IActivityStore>().ReadCommunityAsync("c1", null, CancellationToken.None));
        Assert.Equal(cap - 1, stored.Text!.Length);
        Assert.Equal(new string('a', cap - 1), stored.Text);
    }

    [Fact]
    public async Task CleanEvent_IsStoredAsSent()
    {
        await using var fixture = await new StoreFixture(_now).StartAsync();
        var events = new Events(_now);
        var message = events.Message("ann", TimeSpan.FromMinutes(1), "Привет, 你好, مرحبا 🎉 **bold** <@123>", id: "ok1");
        await fixture.Get<IIngestQueue>().StoreAsync([message], CancellationToken.None);

        var stored = Assert.Single(await fixture.Get<IActivityStore>().ReadCommunityAsync("c1", null, CancellationToken.None));
        Assert.Equal(message.Text, stored.Text);
        Assert.Equal(message.UserName, stored.UserName);
    }
}
