using CommunityBot.Core.Activity;
using CommunityBot.Core.Import;

namespace CommunityBot.Core.Tests.Import;

public sealed class JsonlEventParserTests
{
    [Fact]
    public void Parse_DesignExampleMessage_GivesEvent()
    {
        var parsed = JsonlEventParser.Parse("""{"type":"message","platform":"discord","community":"g1","channel":"general","id":"m1","user":"u1","userName":"Alice","isBot":false,"ts":"2026-11-02T10:00:00Z","text":"how do I deploy with docker?","replyTo":null}""");
        var e = Assert.IsType<ActivityEvent>(parsed.Event);
        Assert.Equal(EventKind.Message, e.Kind);
        Assert.Equal("m1", e.MessageId);
        Assert.Equal(new DateTimeOffset(2026, 11, 2, 10, 0, 0, TimeSpan.Zero), e.At);
    }

    [Fact]
    public void Parse_RemovedReaction_IsRemoval()
    {
        var parsed = JsonlEventParser.Parse("""{"type":"reaction","community":"g1","messageId":"m1","user":"u2","emoji":"👍","ts":"2026-11-02T10:01:00Z","removed":true}""");
        Assert.Equal(EventKind.ReactionRemoved, parsed.Event!.Kind);
    }

    [Theory]
    [InlineData("{not json", "invalid JSON")]
    [InlineData("[1,2]", "not a JSON object")]
    [InlineData("""{"community":"g1","user":"u1","ts":"2026-11-02T10:00:00Z"}""", "missing \"type\"")]
    [InlineData("""{"type":"poke","community":"g1","user":"u1","ts":"2026-11-02T10:00:00Z"}""", "unknown type \"poke\"")]
    [InlineData("""{"type":"message","community":"g1","user":"u1","ts":"yesterday","id":"m"}""", "\"ts\" is not an ISO 8601 time")]
    [InlineData("""{"type":"message","community":"g1","ts":"2026-11-02T10:00:00Z","id":"m"}""", "missing \"user\"")]
    [InlineData("""{"type":"message","community":"g1","user":"u1","ts":"2026-11-02T10:00:00Z"}""", "missing \"id\"")]
    [InlineData("""{"type":"reaction","community":"g1","user":"u1","ts":"2026-11-02T10:00:00Z","messageId":"m1"}""", "missing \"emoji\"")]
    public void Parse_BadLine_RejectedWithReason(string line, string reason)
    {
        var parsed = JsonlEventParser.Parse(line);
        Assert.Null(parsed.Event);
        Assert.Contains(reason, parsed.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_OversizedText_Rejected()
    {
        var line = $$"""{"type":"message","community":"g1","user":"u1","id":"m1","ts":"2026-11-02T10:00:00Z","text":"{{new string('a', 40_001)}}"}""";
        Assert.Contains("limit is 40000", JsonlEventParser.Parse(line).Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_HostileUnicode_IsCleanedNotRejected()
    {
        var line = """{"type":"message","community":"g1","user":"u1","userName":"\u202Eevil\u0000","id":"m1","ts":"2026-11-02T10:00:00Z","text":"hi\u200B there \ud83d\ude00\u2066!"}""";
        var e = JsonlEventParser.Parse(line).Event!;
        Assert.Equal("evil", e.UserName);
        Assert.Equal("hi there 😀!", e.Text);
    }

    [Fact]
    public void Parse_UnpairedSurrogateEscape_RejectedNotCrashing()
    {
        var parsed = JsonlEventParser.Parse("""{"type":"message","community":"g1","user":"u1","id":"m1","ts":"2026-11-02T10:00:00Z","text":"bad \ud800"}""");
        Assert.Contains("not valid Unicode", parsed.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_CommunityOverride_Wins()
    {
        var e = JsonlEventParser.Parse("""{"type":"join","community":"g1","user":"u3","ts":"2026-11-02T10:00:00Z"}""", "other").Event!;
        Assert.Equal("other", e.Community);
    }
}
