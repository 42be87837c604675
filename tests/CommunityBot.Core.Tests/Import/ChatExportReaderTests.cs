using CommunityBot.Core.Activity;
using CommunityBot.Core.Import;
using CommunityBot.TestKit;

namespace CommunityBot.Core.Tests.Import;

/// <summary>The export readers against real exports from ../shared/data/chat-samples.</summary>
public sealed class ChatExportReaderTests
{
    private static List<ExportRecord> Read(string platform, string file, string? community = null)
    {
        using var stream = File.OpenRead(SharedData.Path("chat-samples", platform, file));
        return Read(platform, stream, community);
    }

    internal static List<ExportRecord> Read(string platform, Stream stream, string? community = null) => platform == "discord"
        ? DiscordExportReader.Read(ExportStream.Read(stream), community).ToList()
        : TelegramExportReader.Read(ExportStream.Read(stream), community).ToList();

    private static List<ActivityEvent> Events(List<ExportRecord> records) => records.Select(r => r.Parsed.Event).OfType<ActivityEvent>().ToList();

    [Fact]
    public void Telegram_GroupExport_MessagesRepliesAndEditsWithUnixTimes()
    {
        var records = Read("telegram", "software-testing.json");
        var events = Events(records);
        Assert.DoesNotContain(records, r => r.Parsed.Error is not null);
        var reply = events.First(e => e.MessageId == "242702");
        Assert.Equal("242701", reply.ReplyTo);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1674220092), reply.At);
        Assert.Equal("user568123346", reply.User);
        Assert.Contains(events, e => e.Kind == EventKind.Edit && e.MessageId == "242701" && e.At == DateTimeOffset.FromUnixTimeSeconds(1674220080));
        Assert.All(events, e => Assert.Equal("1000000001", e.Community));
    }

    [Fact]
    public void Telegram_OldExportWithoutUnixTimes_UsesDateAndJoinsTextParts()
    {
        var events = Events(Read("telegram", "tdd-and-clean-architecture.json"));
        var linkOnly = events.First(e => e.MessageId == "54759");
        Assert.Equal("https://github.com/teknologi-umum/graphene/tree/master/backend/tests", linkOnly.Text);
        Assert.Equal(new DateTimeOffset(2022, 8, 2, 23, 21, 53, TimeSpan.Zero), linkOnly.At);
    }

    [Fact]
    public void Telegram_MultiChatExport_SkipsPrivateChatsAndServiceCalls()
    {
        var records = Read("telegram", "chat-analytics_MultiChat_2C_6M.json");
        Assert.All(Events(records), e => Assert.Equal("700000002", e.Community));
        Assert.Contains(records, r => r.Parsed.SkipNote?.Contains("private chat", StringComparison.Ordinal) == true);
        Assert.Contains(records, r => r.Parsed.SkipNote == "service message \"phone_call\"");
    }

    [Fact]
    public void Discord_GuildExport_JoinsThreadsRepliesAndAnonymousReactionCounts()
    {
        var records = Read("discord", "dcef_example_guild_general.json");
        var events = Events(records);
        Assert.All(events, e => Assert.Equal("748545324524575035", e.Community));
        Assert.Contains(events, e => e.Kind == EventKind.Join && e.UserName == "Thomas");
        Assert.Contains(events, e => e.ThreadStart);
        Assert.Contains(events, e => e.MessageId == "1060926346089476176" && e.ReplyTo == "1060926317920538735");
        Assert.Contains(records, r => r.Parsed.SkipNote == "reaction count without reactors");
    }

    [Fact]
    public void Discord_DirectMessageExport_SkippedWhole()
    {
        var records = Read("discord", "chat-analytics_GC_3A_5M.json");
        Assert.Empty(Events(records));
        Assert.Contains("direct messages", records.Single().Parsed.SkipNote, StringComparison.Ordinal);
    }

    [Fact]
    public void Discord_NotAnExport_RejectedWithReason()
    {
        using var json = new MemoryStream("""{"messages":[]}"""u8.ToArray());
        var record = Read("discord", json).Single();
        Assert.Contains("not a DiscordChatExporter JSON export", record.Parsed.Error, StringComparison.Ordinal);
    }
}
