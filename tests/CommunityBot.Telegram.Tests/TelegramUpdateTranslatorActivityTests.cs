using CommunityBot.Core.Activity;
using CommunityBot.Telegram.Translation;
using static CommunityBot.Telegram.Tests.Fixtures.TelegramUpdates;

namespace CommunityBot.Telegram.Tests;

public sealed class TelegramUpdateTranslatorActivityTests
{
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
