using System.Text.Json.Nodes;

namespace CommunityBot.Telegram.Tests.StandIn;

public sealed partial class BotApiStandIn
{
    private readonly Dictionary<long, List<JsonObject>> _admins = [];

    /// <summary>Makes a user the chat's creator or an administrator, as getChatAdministrators will list them.</summary>
    public void AddAdministrator(long chatId, long userId, string firstName, bool creator = false)
    {
        var user = new JsonObject { ["id"] = userId, ["is_bot"] = false, ["first_name"] = firstName };
        var member = creator
            ? new JsonObject { ["status"] = "creator", ["user"] = user, ["is_anonymous"] = false }
            : new JsonObject
            {
                ["status"] = "administrator", ["user"] = user, ["can_be_edited"] = false, ["is_anonymous"] = false,
                ["can_manage_chat"] = true, ["can_delete_messages"] = true, ["can_manage_video_chats"] = true,
                ["can_restrict_members"] = true, ["can_promote_members"] = false, ["can_change_info"] = true,
                ["can_invite_users"] = true, ["can_post_stories"] = false, ["can_edit_stories"] = false,
                ["can_delete_stories"] = false,
            };
        lock (_gate)
        {
            if (!_admins.TryGetValue(chatId, out var list))
            {
                _admins[chatId] = list = [];
            }
            list.Add(member);
        }
    }

    private JsonArray Administrators(ApiCall call)
    {
        var chatId = call.Long("chat_id") ?? throw ApiFailureException.BadRequest("chat not found");
        lock (_gate)
        {
            return new JsonArray([.. (_admins.GetValueOrDefault(chatId) ?? []).Select(a => a.DeepClone())]);
        }
    }
}
