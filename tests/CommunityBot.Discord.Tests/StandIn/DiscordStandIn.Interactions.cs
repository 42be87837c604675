using System.Text.Json.Nodes;
using CommunityBot.Discord.Tests.Support;

namespace CommunityBot.Discord.Tests.StandIn;

public sealed partial class DiscordStandIn
{
    /// <summary>Permission bit sets as Discord sends them in member.permissions.</summary>
    public const string MemberPermissions = "1071698660929";
    public const string ModeratorPermissions = "1099511627776"; // MODERATE_MEMBERS (1 << 40)
    public const string AdminPermissions = "8"; // ADMINISTRATOR

    /// <summary>Dispatches INTERACTION_CREATE type 2 (slash command) shaped as in Discord's documentation.</summary>
    public async Task<InteractionState> SendCommandAsync(
        GatewayPeer peer, string name, JsonArray options, string permissions, string userId = Fixture.Alice, params string[] roles)
    {
        var data = new JsonObject { ["id"] = "900000000000000001", ["name"] = name, ["type"] = 1, ["options"] = options };
        return await SendInteractionAsync(peer, 2, data, permissions, userId, roles, null);
    }

    /// <summary>Dispatches INTERACTION_CREATE type 3 (a button press on a message the bot sent).</summary>
    public async Task<InteractionState> SendButtonAsync(GatewayPeer peer, string customId, string permissions, string userId = Fixture.Alice)
    {
        var data = new JsonObject { ["custom_id"] = customId, ["component_type"] = 2 };
        var message = new JsonObject
        {
            ["id"] = NewId(), ["channel_id"] = Fixture.GeneralChannel, ["type"] = 20, ["content"] = "",
            ["author"] = new JsonObject { ["id"] = BotUserId, ["username"] = "CommunityBot", ["bot"] = true },
        };
        return await SendInteractionAsync(peer, 3, data, permissions, userId, [], message);
    }

    private async Task<InteractionState> SendInteractionAsync(
        GatewayPeer peer, int type, JsonObject data, string permissions, string userId, string[] roles, JsonObject? message)
    {
        var state = new InteractionState(NewId(), "aW50ZXJhY3Rpb246" + NewId(), type);
        _interactions[state.Id] = state;
        var interaction = new JsonObject
        {
            ["id"] = state.Id,
            ["application_id"] = ApplicationId,
            ["type"] = type,
            ["data"] = data,
            ["guild_id"] = Fixture.GuildId,
            ["channel_id"] = Fixture.GeneralChannel,
            ["channel"] = new JsonObject { ["id"] = Fixture.GeneralChannel, ["type"] = 0, ["name"] = "general" },
            ["member"] = new JsonObject
            {
                ["user"] = new JsonObject { ["id"] = userId, ["username"] = "user" + userId[^2..], ["global_name"] = null, ["discriminator"] = "0" },
                ["roles"] = new JsonArray(roles.Select(r => (JsonNode)r!).ToArray()),
                ["permissions"] = permissions,
                ["nick"] = null,
                ["joined_at"] = "2026-10-01T10:00:00.000000+00:00",
                ["flags"] = 0,
            },
            ["token"] = state.Token,
            ["version"] = 1,
            ["app_permissions"] = "2248473465835073",
            ["locale"] = "en-US",
            ["guild_locale"] = "en-US",
            ["entitlements"] = new JsonArray(),
            ["context"] = 0,
        };
        if (message is not null)
        {
            interaction["message"] = message;
        }
        await peer.DispatchAsync("INTERACTION_CREATE", interaction);
        return state;
    }

    private (int, JsonNode?) InteractionCallback(string id, string token, RecordedRequest request)
    {
        if (!_interactions.TryGetValue(id, out var state) || state.Token != token)
        {
            return (404, Error(10062, "Unknown interaction"));
        }
        var type = (int?)request.Body?["type"];
        var error = type switch
        {
            4 or 7 when type == 7 && state.Type != 3 => "UPDATE_MESSAGE is only valid for component interactions",
            4 or 7 => MessageRules.Message(request.Body!["data"], request.Files, interaction: true),
            5 => ((int?)request.Body!["data"]?["flags"] ?? 0) is 0 or 64 ? null : "flags: only EPHEMERAL",
            6 => state.Type == 3 ? null : "DEFERRED_UPDATE_MESSAGE is only valid for component interactions",
            _ => "type: unknown interaction callback type",
        };
        lock (state)
        {
            if (error is null && state.ResponseType is not null)
            {
                return (400, Error(40060, "Interaction has already been acknowledged."));
            }
            if (error is null)
            {
                state.ResponseType = type;
            }
        }
        return error is null ? (204, null) : (400, Error(50035, "Invalid Form Body: " + error));
    }

    private (int, JsonNode?) EditOriginal(string applicationId, string token, RecordedRequest request)
    {
        var state = _interactions.Values.FirstOrDefault(s => s.Token == token);
        if (applicationId != ApplicationId || state?.ResponseType is null)
        {
            return (404, Error(10015, "Unknown Webhook"));
        }
        return MessageRules.Message(request.Body, request.Files, interaction: true) is { } error
            ? (400, Error(50035, "Invalid Form Body: " + error))
            : (200, new JsonObject { ["id"] = NewId(), ["channel_id"] = Fixture.GeneralChannel });
    }
}
