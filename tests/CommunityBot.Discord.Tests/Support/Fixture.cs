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

    /// <summary>A GUILD_CREATE of another guild: its own id and one text channel (<see cref="ChannelOf"/>), no threads.</summary>
    public static JsonObject Guild(string id)
    {
        var guild = Load("guild_create");
        guild["id"] = id;
        guild["name"] = "Guild " + id;
        guild["channels"] = new JsonArray(new JsonObject { ["id"] = ChannelOf(id), ["type"] = 0, ["name"] = "general", ["guild_id"] = id });
        guild["threads"] = new JsonArray();
        return guild;
    }

    public static string ChannelOf(string guildId) => (ulong.Parse(guildId, System.Globalization.CultureInfo.InvariantCulture) + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A MESSAGE_CREATE in another guild's channel.</summary>
    public static JsonObject MessageIn(string guildId, string id, string text)
    {
        var message = Message(id, text);
        message["guild_id"] = guildId;
        message["channel_id"] = ChannelOf(guildId);
        return message;
    }
}
