using System.Text.Json.Nodes;

namespace CommunityBot.Discord.Tests.Support;

/// <summary>Gateway payloads as Discord documents them, one JSON file per event under Fixtures/.</summary>
public static class Fixture
{
    public const string GuildId = "100000000000000001";
    public const string GeneralChannel = "100000000000000010";
    public const string ForumChannel = "100000000000000030";
    public const string Alice = "200000000000000001";
    public const string Bob = "200000000000000002";
    public const string HelperRole = "400000000000000001";

    public static JsonObject Load(string name) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", name + ".json")))!.AsObject();

    /// <summary>A MESSAGE_CREATE in #general, sent now, from Alice or the given author.</summary>
    public static JsonObject Message(string id, string text, string author = Alice, string name = "Alice")
    {
        var message = Load("message_create");
        message["id"] = id;
        message["content"] = text;
        message["timestamp"] = DateTimeOffset.UtcNow.ToString("O", System.Globalization.CultureInfo.InvariantCulture);
        message["author"] = new JsonObject { ["id"] = author, ["username"] = name.ToLowerInvariant(), ["global_name"] = name, ["discriminator"] = "0" };
        message["mentions"] = new JsonArray();
        message["attachments"] = new JsonArray();
        return message;
    }
}
