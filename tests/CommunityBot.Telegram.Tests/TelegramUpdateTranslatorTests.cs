using CommunityBot.Core.Activity;
using CommunityBot.Telegram.Translation;
using static CommunityBot.Telegram.Tests.Fixtures.TelegramUpdates;

namespace CommunityBot.Telegram.Tests;

public sealed class TelegramUpdateTranslatorTests
{
    private const string Group = "-1001234567890";

    [Fact]
    public void Message_TextWithMentionsAndReply_MapsEveryField()
    {
        var update = Parse(Text(1, 77, "thanks @bob and Carol!", extra: """
            ,"entities":[{"offset":7,"length":4,"type":"mention"},
                         {"offset":16,"length":5,"type":"text_mention","user":{"id":444,"is_bot":false,"first_name":"Carol"}}],
             "reply_to_message":{"message_id":70,"from":{"id":222222222,"is_bot":false,"first_name":"Bob"},
                                 "chat":{"id":-1001234567890,"title":"Course community","type":"supergroup"},"date":1795000070,"text":"hi"}
            """));

        var e = Assert.Single(TelegramUpdateTranslator.Message(update.Message!));

        Assert.Equal(EventKind.Message, e.Kind);
        Assert.Equal("telegram", e.Platform);
        Assert.Equal(Group, e.Community);
        Assert.Equal(Group, e.Channel);
        Assert.Equal("111111111", e.User);
        Assert.Equal("Alice", e.UserName);
        Assert.False(e.IsBot);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(Date + 77), e.At);
        Assert.Equal("77", e.MessageId);
        Assert.Equal("70", e.ReplyTo);
        Assert.Equal("thanks @bob and Carol!", e.Text);
        Assert.Equal(22, e.Length);
        Assert.Equal(["@bob", "444"], e.Mentions);
    }

    [Fact]
    public void Message_InForumTopic_ChannelIsTopicAndTopicRootIsNoReply()
    {
        var update = Parse(Text(1, 90, "in a topic", chat: Fixtures.TelegramUpdates.Group(forum: true), extra: """
            ,"message_thread_id":85,"is_topic_message":true,
             "reply_to_message":{"message_id":85,"chat":{"id":-1001234567890,"title":"Course community","type":"supergroup"},
                                 "date":1795000085,"forum_topic_created":{"name":"Docker","icon_color":7322096}}
            """));

        var e = Assert.Single(TelegramUpdateTranslator.Message(update.Message!));

        Assert.Equal(Group + "/85", e.Channel);
        Assert.Null(e.ReplyTo);
    }

    [Fact]
    public void Message_TopicCreated_IsThreadStart()
    {
        var update = Parse($$$"""
            {"update_id":3,"message":{"message_id":85,"from":{{{User(AliceId, "Alice")}}},"chat":{{{Fixtures.TelegramUpdates.Group(forum: true)}}},
             "date":1795000085,"message_thread_id":85,"is_topic_message":true,"forum_topic_created":{"name":"Docker","icon_color":7322096} }}
            """);

        var e = Assert.Single(TelegramUpdateTranslator.Message(update.Message!));

        Assert.True(e.ThreadStart);
        Assert.Equal("Docker", e.Text);
    }

    [Fact]
    public void Message_PhotoWithCaption_CountsAttachmentAndCaption()
    {
        var update = Parse(Text(1, 5, "x").Replace("\"text\":\"x\"", """
            "caption":"my chart","photo":[{"file_id":"a","file_unique_id":"b","width":90,"height":60},
                                           {"file_id":"c","file_unique_id":"d","width":320,"height":200}]
            """, StringComparison.Ordinal));

        var e = Assert.Single(TelegramUpdateTranslator.Message(update.Message!));

        Assert.Equal(1, e.Attachments);
        Assert.Equal("my chart", e.Text);
    }

    [Fact]
    public void Message_FromBot_IsMarkedBot()
    {
        var e = Assert.Single(TelegramUpdateTranslator.Message(Parse(Text(1, 5, "beep", from: 999, bot: true)).Message!));

        Assert.True(e.IsBot);
    }

    [Fact]
    public void Message_InPrivateChat_IsNotCommunityActivity()
    {
        var update = Parse(Text(1, 5, "hello bot", chat: Private(AliceId)));

        Assert.Empty(TelegramUpdateTranslator.Message(update.Message!));
    }

    [Fact]
    public void Edited_SameEditTwice_SameKeyAndNewEditDifferentKey()
    {
        var first = Assert.Single(TelegramUpdateTranslator.Edited(Parse(Edited(1, 40, "fixed typo", Date + 100)).EditedMessage!));
        var again = Assert.Single(TelegramUpdateTranslator.Edited(Parse(Edited(1, 40, "fixed typo", Date + 100)).EditedMessage!));
        var later = Assert.Single(TelegramUpdateTranslator.Edited(Parse(Edited(2, 40, "fixed again", Date + 200)).EditedMessage!));

        Assert.Equal(EventKind.Edit, first.Kind);
        Assert.Equal("40", first.MessageId);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(Date + 100), first.At);
        Assert.Equal(EventKey.For(first), EventKey.For(again));
        Assert.NotEqual(EventKey.For(first), EventKey.For(later));
    }

    [Fact]
    public void Reaction_ChangedEmoji_AddsNewAndRemovesOld()
    {
        var events = TelegramUpdateTranslator.Reaction(Parse(Reaction(1, 77, "👍", "🔥🎉")).MessageReaction!);

        Assert.Equal(3, events.Count);
        Assert.Contains(events, e => e is { Kind: EventKind.ReactionAdded, Emoji: "🔥", MessageId: "77", User: "222222222" });
        Assert.Contains(events, e => e is { Kind: EventKind.ReactionAdded, Emoji: "🎉" });
        Assert.Contains(events, e => e is { Kind: EventKind.ReactionRemoved, Emoji: "👍" });
        Assert.All(events, e => Assert.False(e.IsBot));
    }

    [Fact]
    public void ReactionCount_AnonymousTotals_StoredPerEmojiButNeverScored()
    {
        var events = TelegramUpdateTranslator.ReactionCount(Parse(ReactionCount(1, 77)).MessageReactionCount!);

        Assert.Equal(2, events.Count);
        Assert.All(events, e =>
        {
            Assert.Equal(EventKind.ReactionAdded, e.Kind);
            Assert.Equal(TelegramUpdateTranslator.AnonymousUser, e.User);
            Assert.True(e.IsBot);
        });
        Assert.Contains(events, e => e is { Emoji: "👍", Value: 5 });
        Assert.Contains(events, e => e is { Emoji: "🔥", Value: 2 });
    }

    [Theory]
    [InlineData("left", "member", EventKind.Join)]
    [InlineData("kicked", "member", EventKind.Join)]
    [InlineData("member", "left", EventKind.Leave)]
    [InlineData("member", "kicked", EventKind.Leave)]
    public void Member_InChatStateChanged_JoinOrLeave(string before, string after, EventKind expected)
    {
        var json = ChatMember(1, 555, before, after).Replace("\"status\":\"kicked\"", "\"status\":\"kicked\",\"until_date\":0", StringComparison.Ordinal);

        var e = Assert.Single(TelegramUpdateTranslator.Member(Parse(json).ChatMember!));

        Assert.Equal(expected, e.Kind);
        Assert.Equal("555", e.User);
    }

    [Fact]
    public void Member_Promoted_IsNoJoin()
    {
        var json = ChatMember(1, 555, "member", "administrator").Replace("\"status\":\"administrator\"", """
            "status":"administrator","can_be_edited":false,"is_anonymous":false,"can_manage_chat":true,"can_delete_messages":true,
            "can_manage_video_chats":true,"can_restrict_members":true,"can_promote_members":false,"can_change_info":true,
            "can_invite_users":true,"can_post_stories":false,"can_edit_stories":false,"can_delete_stories":false
            """, StringComparison.Ordinal);

        Assert.Empty(TelegramUpdateTranslator.Member(Parse(json).ChatMember!));
    }

    [Fact]
    public void Message_NewAndLeftMembers_JoinPerUserAndLeave()
    {
        var joins = TelegramUpdateTranslator.Message(Parse(NewMembers(1, 300, 601, 602)).Message!);
        var leave = Assert.Single(TelegramUpdateTranslator.Message(Parse(LeftMember(2, 301, 603)).Message!));

        Assert.Equal(["601", "602"], joins.Select(j => j.User));
        Assert.All(joins, j => Assert.Equal(EventKind.Join, j.Kind));
        Assert.Equal(EventKind.Leave, leave.Kind);
        Assert.Equal("603", leave.User);
    }

    [Fact]
    public void Callback_Pressed_RecordedAsUseKeyedByQueryId()
    {
        var update = Parse(Callback(1, "4382bfdwdsb323b2d9", 1001, "lb:week:2"));

        var first = Assert.Single(TelegramUpdateTranslator.Callback(update.CallbackQuery!, DateTimeOffset.FromUnixTimeSeconds(Date)));
        var redelivered = Assert.Single(TelegramUpdateTranslator.Callback(update.CallbackQuery!, DateTimeOffset.FromUnixTimeSeconds(Date + 9)));

        Assert.Equal(EventKind.CommandUsed, first.Kind);
        Assert.Equal("button:lb:week:2", first.Detail);
        Assert.Equal(EventKey.For(first), EventKey.For(redelivered));
    }
}
