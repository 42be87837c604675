using System.Text.Json.Nodes;
using CommunityBot.Core.Import;
using FsCheck;
using FsCheck.Fluent;

namespace CommunityBot.Core.Tests.Import;

/// <summary>The JSONL reader on random text and on valid lines with fields removed, retyped or replaced by hostile values.</summary>
public sealed class JsonlPropertyTests
{
    private const string Valid = """{"type":"message","platform":"discord","community":"g1","channel":"general","id":"m1","user":"u1","userName":"Alice","isBot":false,"ts":"2026-11-02T10:00:00Z","text":"hello","replyTo":null}""";

    private static readonly string[] _fields = ["type", "platform", "community", "channel", "id", "user", "userName", "isBot", "ts", "text", "replyTo", "messageId", "emoji", "removed", "extra"];

    private static readonly string[] _values =
    [
        "null", "0", "-1", "1e309", "true", "[]", "{}", "\"\"", "\"NaN\"", "\"reaction\"", "\"join\"", "\"poke\"", "\"2026-13-45T99:00:00Z\"",
        "\"\\u0000\"", "\"\\ud800\"", "\"\\u202e@everyone\"", "[1,{\"a\":[]}]", "\"" + new string('x', 50_000) + "\"",
    ];

    private static void Holds(string line)
    {
        var parsed = JsonlEventParser.Parse(line);
        var skipped = parsed.Event is null && parsed.Error is null;
        Assert.True(skipped ? string.IsNullOrWhiteSpace(line) || parsed.SkipNote is not null : parsed.Event is null != (parsed.Error is null),
            line.Length > 200 ? line[..200] : line);
        if (parsed.Event is { } e)
        {
            Assert.False(string.IsNullOrEmpty(e.Community));
            Assert.False(string.IsNullOrEmpty(e.User));
            Assert.True((e.Text?.Length ?? 0) <= JsonlEventParser.MaxTextLength);
        }
    }

    [Fact]
    public void Parse_RandomText_NeverThrows_EventOrReason()
    {
        Prop.ForAll(ArbMap.Default.GeneratorFor<string>().Select(s => s ?? "").ToArbitrary(), Holds)
            .Check(Config.QuickThrowOnFailure.WithMaxTest(500));
    }

    [Fact]
    public void Parse_ValidLineWithFieldsRemovedOrRetyped_NeverThrows_EventOrReason()
    {
        var edit = Gen.Elements(_fields).SelectMany(_ => Gen.Elements(_values.Prepend("<remove>").ToArray()), (field, value) => (field, value));
        Prop.ForAll(Gen.ListOf(edit).ToArbitrary(), edits =>
        {
            // Written as text: JsonNode itself refuses to write a lone surrogate, which a hostile file may hold.
            var fields = JsonNode.Parse(Valid)!.AsObject().ToDictionary(p => p.Key, p => p.Value?.ToJsonString() ?? "null");
            foreach (var (field, value) in edits)
            {
                fields.Remove(field);
                if (value != "<remove>")
                {
                    fields[field] = value;
                }
            }
            Holds("{" + string.Join(',', fields.Select(f => $"\"{f.Key}\":{f.Value}")) + "}");
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(500));
    }

    [Fact]
    public void Parse_ValidLineCutAnywhere_NeverThrows_EventOrReason()
    {
        Prop.ForAll(Gen.Choose(0, Valid.Length).ToArbitrary(), cut => Holds(Valid[..cut]))
            .Check(Config.QuickThrowOnFailure.WithMaxTest(200));
    }
}
