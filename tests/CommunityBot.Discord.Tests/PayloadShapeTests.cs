using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CommunityBot.Core.Activity;
using CommunityBot.Discord.Capture;
using CommunityBot.Discord.Gateway;
using CommunityBot.Discord.Tests.StandIn;
using CommunityBot.Discord.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityBot.Discord.Tests;

/// <summary>Gateway payloads whose fields have shapes we did not expect: the field is dropped, never the event.</summary>
public sealed class PayloadShapeTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 29, 0, 0, 0, TimeSpan.Zero);

    private static readonly string[] Shapes =
        ["42", "-1", "1e309", "true", "null", "\"\"", "\"text\"", "\"\\u202e\\u0000@everyone\"", "[]", "[1,\"two\",null]", "{}", "{\"id\":{\"x\":[1]}}"];

    private static readonly string[] EventTypes =
    [
        "MESSAGE_CREATE", "MESSAGE_UPDATE", "MESSAGE_DELETE", "MESSAGE_DELETE_BULK", "MESSAGE_REACTION_ADD", "MESSAGE_REACTION_REMOVE",
        "MESSAGE_REACTION_REMOVE_ALL", "MESSAGE_REACTION_REMOVE_EMOJI", "GUILD_MEMBER_ADD", "GUILD_MEMBER_REMOVE",
    ];

    private static readonly string[] FieldNames =
    [
        "id", "ids", "channel_id", "guild_id", "message_id", "user_id", "author", "member", "user", "roles", "nick", "content", "type",
        "timestamp", "edited_timestamp", "mentions", "attachments", "message_reference", "emoji", "name", "bot", "joined_at", "webhook_id",
    ];

    private static readonly Config Thorough = Config.QuickThrowOnFailure.WithMaxTest(500);

    private static JsonElement Element(JsonNode node) => JsonDocument.Parse(node.ToJsonString()).RootElement.Clone();

    [Fact]
    public void Translate_MemberRolesGivenAsObjects_KeepsTheMessageWithoutTheRoles()
    {
        var message = Fixture.Load("message_create");
        message["member"]!["roles"] = new JsonArray(new JsonObject { ["id"] = Fixture.HelperRole, ["name"] = "helper" });
        var dropped = new List<string>();

        var e = Assert.Single(DiscordEventTranslator.Translate("MESSAGE_CREATE", Element(message), Now, dropped));

        Assert.Equal(("500000000000000001", Fixture.Alice, "how do I deploy with docker, <@200000000000000002>?"), (e.MessageId, e.User, e.Text));
        Assert.Equal([Fixture.Bob], e.Mentions);
        Assert.Equal(["$.member.roles[0]"], dropped);
    }

    [Fact]
    public void Translate_SeveralBrokenFields_EachDroppedTheRestKept()
    {
        var message = Fixture.Load("message_create");
        message["timestamp"] = new JsonObject { ["seconds"] = 1 };
        message["mentions"]![0]!["id"] = 12345;
        message["attachments"] = "none";
        message["content"] = null;
        var dropped = new List<string>();

        var e = Assert.Single(DiscordEventTranslator.Translate("MESSAGE_CREATE", Element(message), Now, dropped));

        Assert.Equal(Snowflake.TimeOf("500000000000000001"), e.At); // the id's own time stands in for the timestamp
        Assert.Equal(("", 0, 0), (e.Text, e.Mentions.Count, e.Attachments));
        Assert.Contains("$.timestamp", dropped);
        Assert.Contains("$.attachments", dropped);
    }

    [Fact]
    public void Translate_AuthorOfWrongShape_GivesNoEventRatherThanAWrongOne()
    {
        var message = Fixture.Load("message_create");
        message["author"] = "alice";

        Assert.Empty(DiscordEventTranslator.Translate("MESSAGE_CREATE", Element(message), Now));
    }

    [Fact]
    public void Translate_NeededIdOfWrongShape_RefusedAsUnreadable()
    {
        var message = Fixture.Load("message_create");
        message["id"] = new JsonArray();

        Assert.ThrowsAny<JsonException>(() => DiscordEventTranslator.Translate("MESSAGE_CREATE", Element(message), Now));
    }

    [Fact]
    public void Property_BrokenFieldsWeDoNotNeed_NeverLoseTheMessage()
    {
        var fixture = Fixture.Load("message_create");
        var optional = Leaves(fixture, "").Where(p => p is not ("id" or "channel_id" or "guild_id" or "type" or "author" or "author.id")).ToArray();
        var mutations = Gen.ListOf(Gen.Elements(optional).SelectMany(_ => Gen.Elements(Shapes), (path, shape) => (path, shape)))
            .Where(list => list.Count > 0);

        Prop.ForAll(mutations.ToArbitrary(), list =>
        {
            var message = fixture.DeepClone().AsObject();
            foreach (var (path, shape) in list)
            {
                Set(message, path, JsonNode.Parse(shape));
            }
            var e = Assert.Single(DiscordEventTranslator.Translate("MESSAGE_CREATE", Element(message), Now));
            return e.Kind == EventKind.Message && e.MessageId == "500000000000000001" && e.User == Fixture.Alice
                && e.Channel == Fixture.GeneralChannel && e.Community == Fixture.GuildId;
        }).Check(Thorough);
    }

    [Fact]
    public void Property_RandomJsonForAnyEventType_IsReadOrRefusedNeverCrashes()
    {
        var cases = Gen.Elements(EventTypes).SelectMany(_ => Gen.Sized(size => Node(Math.Min(size, 12))), (type, data) => (type, json: data?.ToJsonString() ?? "null"));

        Prop.ForAll(cases.ToArbitrary(), c =>
        {
            try
            {
                var events = DiscordEventTranslator.Translate(c.type, JsonDocument.Parse(c.json).RootElement, Now);
                return events.All(e => e.Community is not null && e.User is not null && e.Platform == "discord");
            }
            catch (JsonException)
            {
                return true; // refused: the pump logs it and goes on
            }
        }).Check(Thorough);
    }

    [Fact]
    public void Property_RandomGatewayFrame_IsReadOrRefusedNeverCrashes()
    {
        var frames = Gen.Sized(size => Node(Math.Min(size, 12))).Select(n => n?.ToJsonString() ?? "null");

        Prop.ForAll(frames.ToArbitrary(), json =>
        {
            try
            {
                TolerantJson.Read(Encoding.UTF8.GetBytes(json), DiscordJsonContext.Default.GatewayPayload);
                return true;
            }
            catch (JsonException)
            {
                return true;
            }
        }).Check(Thorough);
    }

    [Fact]
    public async Task Dispatch_MessageWithAFieldOfUnexpectedShape_StoredAndTheDropLogged()
    {
        await using var standIn = await DiscordStandIn.StartAsync();
        await using var adapter = await AdapterHost.StartAsync(standIn);
        var peer = await AdapterHost.ConnectAsync(standIn);
        var message = Fixture.Message("500000000000000900", "roles as objects");
        message["member"]!["roles"] = new JsonArray(new JsonObject { ["id"] = Fixture.HelperRole });
        message["future_field"] = new JsonObject { ["nested"] = new JsonArray(1, 2) };

        await peer.DispatchAsync("MESSAGE_CREATE", message);

        var stored = await adapter.Store.Stored.WaitForAsync(e => e.MessageId == "500000000000000900", "the message");
        Assert.Equal("roles as objects", stored.Text);
        var events = await adapter.Services.GetRequiredService<IActivityStore>().ReadCommunityAsync(Fixture.GuildId, null, CancellationToken.None);
        Assert.Single(events, e => e.MessageId == "500000000000000900");
        await adapter.Logs.Entries.WaitForAsync(l => l.Message.Contains("$.member.roles[0]", StringComparison.Ordinal), "the dropped field logged");
    }

    /// <summary>Every property path of the document, containers included ("member", "member.roles", "mentions[0].id").</summary>
    private static IEnumerable<string> Leaves(JsonNode? node, string prefix) => node switch
    {
        JsonObject obj => obj.SelectMany(p => Leaves(p.Value, Join(prefix, p.Key)).Prepend(Join(prefix, p.Key))),
        JsonArray array => array.SelectMany((item, i) => Leaves(item, $"{prefix}[{i}]").Prepend($"{prefix}[{i}]")),
        _ => [],
    };

    private static string Join(string prefix, string key) => prefix.Length == 0 ? key : prefix + "." + key;

    /// <summary>Replaces the value at a path made by <see cref="Leaves"/>, when an earlier mutation left it there.</summary>
    private static void Set(JsonObject root, string path, JsonNode? value)
    {
        JsonNode? parent = root;
        var steps = path.Replace("[", ".[", StringComparison.Ordinal).Split('.');
        for (var i = 0; i < steps.Length; i++)
        {
            var last = i == steps.Length - 1;
            if (steps[i].StartsWith('['))
            {
                var index = int.Parse(steps[i][1..^1], System.Globalization.CultureInfo.InvariantCulture);
                if (parent is not JsonArray array || index >= array.Count)
                {
                    return;
                }
                if (last)
                {
                    array[index] = value;
                }
                parent = array[index];
            }
            else
            {
                if (parent is not JsonObject obj || !obj.ContainsKey(steps[i]))
                {
                    return;
                }
                if (last)
                {
                    obj[steps[i]] = value;
                }
                parent = obj[steps[i]];
            }
        }
    }

    private static Gen<JsonNode?> Node(int size)
    {
        var leaf = Gen.Elements(Shapes.Concat(["\"2026-11-02T10:00:00Z\"", "\"200000000000000001\"", "0", "19"]).ToArray()).Select(s => JsonNode.Parse(s));
        if (size <= 0)
        {
            return leaf;
        }
        var field = Gen.Elements(FieldNames).SelectMany(_ => Node(size / 2), (name, value) => (name, value));
        var obj = Gen.ListOf(field).Select(fields =>
        {
            var o = new JsonObject();
            foreach (var (name, value) in fields)
            {
                o[name] = value;
            }
            return (JsonNode?)o;
        });
        var array = Gen.ListOf(Node(size / 2)).Select(items => (JsonNode?)new JsonArray(items.ToArray()));
        return Gen.Frequency((2, leaf), (3, obj), (1, array));
    }
}
