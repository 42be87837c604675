using System.Text;
using System.Text.Json;
using CommunityBot.Core.Activity;
using CommunityBot.Core.Import;
using CommunityBot.TestKit;
using FsCheck;
using FsCheck.Fluent;

namespace CommunityBot.Core.Tests.Import;

/// <summary>Exports read as a stream: cut-off and broken files give what is complete and say where they stopped.</summary>
public sealed class TruncatedExportTests
{
    private static readonly (string Platform, string File)[] Samples =
    [
        ("discord", "dcef_example_guild_general.json"), ("discord", "dcef_example_guild_chill_talk.json"),
        ("telegram", "software-testing.json"), ("telegram", "chat-analytics_MultiChat_2C_6M.json"),
    ];

    private static byte[] Bytes(string platform, string file) => File.ReadAllBytes(SharedData.Path("chat-samples", platform, file));

    private static List<ExportRecord> Read(string platform, byte[] bytes, int chunk = int.MaxValue) =>
        ChatExportReaderTests.Read(platform, new TrickleStream(bytes, chunk));

    /// <summary>The events as JSON, to compare them by value (their lists compare by reference).</summary>
    private static List<string> Events(IEnumerable<ExportRecord> records) =>
        records.Select(r => r.Parsed.Event).OfType<ActivityEvent>().Select(e => JsonSerializer.Serialize(e)).ToList();

    private static List<string> Json(IEnumerable<ExportRecord> records) => records.Select(r => JsonSerializer.Serialize(r)).ToList();

    [Theory]
    [InlineData("discord", "dcef_example_guild_general.json")]
    [InlineData("telegram", "software-testing.json")]
    [InlineData("telegram", "chat-analytics_MultiChat_2C_6M.json")]
    public void Read_InChunksOfAFewBytes_SameAsInOneRead(string platform, string file)
    {
        var bytes = Bytes(platform, file);

        Assert.Equal(Json(Read(platform, bytes)), Json(Read(platform, bytes, chunk: 7)));
    }

    [Fact]
    public void Read_DiscordExportCutInTheMiddle_CompleteMessagesReadAndWhereItStoppedSaid()
    {
        var bytes = Bytes("discord", "dcef_example_guild_general.json");
        var whole = Read("discord", bytes);

        var cut = Read("discord", bytes[..(bytes.Length / 2)]);

        var stop = Assert.Single(cut, r => r.Parsed.Error is not null);
        Assert.Same(stop, cut[^1]);
        Assert.Contains("the file ends early at byte", stop.Parsed.Error, StringComparison.Ordinal);
        Assert.Contains($"inside message {stop.Position:N0}: the {stop.Position - 1:N0} messages before it were read", stop.Parsed.Error, StringComparison.Ordinal);
        var before = Events(whole.Where(r => r.Position < stop.Position));
        Assert.NotEmpty(before);
        Assert.Equal(before, Events(cut));
    }

    [Fact]
    public void Read_GarbageInTheMiddle_StopsThereWithTheReason()
    {
        var text = Encoding.UTF8.GetString(Bytes("telegram", "software-testing.json"));
        var at = text.IndexOf("\"id\": 242702", StringComparison.Ordinal);
        var broken = Encoding.UTF8.GetBytes(text[..at] + "@@@ garbage " + text[at..]);

        var records = Read("telegram", broken);

        Assert.Contains("not valid JSON from here", records[^1].Parsed.Error, StringComparison.Ordinal);
        var ids = records.Select(r => r.Parsed.Event?.MessageId).ToList();
        Assert.Contains("242701", ids);
        Assert.DoesNotContain("242702", ids);
    }

    [Fact]
    public void Read_MessageLargerThanTheBuffer_ReadWholeAndItsNeighboursKept()
    {
        var huge = new string('x', 200_000);
        var export = $$$"""
            {"guild":{"id":"g1","name":"G"},"channel":{"id":"c1","name":"general"},"dateRange":{"after":null},
             "messages":[
              {"id":"1","type":"Default","timestamp":"2026-11-02T10:00:00+00:00","content":"before","author":{"id":"u1","name":"A"}},
              {"id":"2","type":"Default","timestamp":"2026-11-02T10:01:00+00:00","content":"{{{huge}}}","author":{"id":"u1","name":"A"}},
              {"id":"3","type":"Default","timestamp":"2026-11-02T10:02:00+00:00","content":"after","author":{"id":"u2","name":"B"}}
             ],"messageCount":3}
            """;

        var records = Read("discord", Encoding.UTF8.GetBytes(export), chunk: 4096);

        Assert.Equal(["1", "3"], records.Select(r => r.Parsed.Event?.MessageId).OfType<string>());
        Assert.Contains("the limit is 40000", Assert.Single(records, r => r.Position == 2).Parsed.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_EmptyFileAndNonExports_RefusedWithAReason()
    {
        Assert.Contains("the file is empty", Assert.Single(Read("telegram", [])).Parsed.Error, StringComparison.Ordinal);
        Assert.Contains("not a Telegram Desktop export", Assert.Single(Read("telegram", "[1,2,3]"u8.ToArray())).Parsed.Error, StringComparison.Ordinal);
        Assert.Contains("not a Telegram Desktop export", Assert.Single(Read("telegram", """{"name":"x","list":[]}"""u8.ToArray())).Parsed.Error, StringComparison.Ordinal);
        Assert.Contains("not a JSON object", Assert.Single(Read("telegram", """{"id":1,"type":"public_supergroup","messages":[42]}"""u8.ToArray())).Parsed.Error, StringComparison.Ordinal);
    }

    /// <summary>A cut at byte 0 is an empty file, refused with its own reason (see above), so cuts start at 1.</summary>
    [Fact]
    public void Property_ACutAnywhere_GivesAPrefixOfTheWholeAndSaysWhereItStopped()
    {
        var files = Samples.Select(s => (s.Platform, Bytes: Bytes(s.Platform, s.File))).ToArray();
        var wholes = files.Select(f => Events(Read(f.Platform, f.Bytes))).ToArray();
        var cases = Gen.Choose(0, files.Length - 1).SelectMany(i => Gen.Choose(1, files[i].Bytes.Length - 1).SelectMany(_ => Gen.Choose(1, 300), (cut, chunk) => (cut, chunk)),
            (file, c) => (file, c.cut, c.chunk));

        Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var (platform, bytes) = files[c.file];
            var records = Read(platform, bytes[..c.cut], c.chunk);
            var events = Events(records);
            var said = records.Count > 0 && records[^1].Parsed.Error?.Contains("ends early", StringComparison.Ordinal) == true;
            return said && wholes[c.file].Take(events.Count).SequenceEqual(events);
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(300));
    }

    /// <summary>A stream that hands out at most a few bytes per read, as a slow disk or network would.</summary>
    private sealed class TrickleStream(byte[] bytes, int chunk) : MemoryStream(bytes, writable: false)
    {
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, chunk));
    }
}
