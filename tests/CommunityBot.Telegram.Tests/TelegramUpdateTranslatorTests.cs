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
}
