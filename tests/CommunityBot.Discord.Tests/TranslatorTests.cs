using System.Text.Json;
using CommunityBot.Core.Activity;
using CommunityBot.Discord.Capture;
using CommunityBot.Discord.Gateway;
using CommunityBot.Discord.Tests.Support;

namespace CommunityBot.Discord.Tests;

public sealed class TranslatorTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 29, 0, 0, 0, TimeSpan.Zero);

    private static JsonElement Json(System.Text.Json.Nodes.JsonNode node) => JsonDocument.Parse(node.ToJsonString()).RootElement;

    [Fact]
    public void Translate_UpdateWithoutEditedTimestamp_IsALinkPreviewNotAnEdit()
    {
        var update = Fixture.Load("message_update");
        update["edited_timestamp"] = null;

        Assert.Empty(DiscordEventTranslator.Translate("MESSAGE_UPDATE", Json(update), Now));
    }

    [Fact]
    public void Translate_TwoEditsOfOneMessage_GetDistinctKeys()
    {
        var first = Fixture.Load("message_update");
        var second = Fixture.Load("message_update");
        second["edited_timestamp"] = "2026-11-02T10:09:00.000000+00:00";

        var a = Assert.Single(DiscordEventTranslator.Translate("MESSAGE_UPDATE", Json(first), Now));
        var b = Assert.Single(DiscordEventTranslator.Translate("MESSAGE_UPDATE", Json(second), Now));

        Assert.Equal(EventKind.Edit, a.Kind);
        Assert.NotEqual(EventKey.For(a), EventKey.For(b));
        Assert.Equal(EventKey.For(a), EventKey.For(Assert.Single(DiscordEventTranslator.Translate("MESSAGE_UPDATE", Json(first), Now.AddHours(1)))));
    }

    [Fact]
    public void Translate_WebhookMessage_MarkedAsBot()
    {
        var message = Fixture.Load("message_create");
        message["webhook_id"] = "990000000000000001";

        Assert.True(Assert.Single(DiscordEventTranslator.Translate("MESSAGE_CREATE", Json(message), Now)).IsBot);
    }

    [Fact]
    public void Translate_ForumPostFirstMessage_IsAThreadStart()
    {
        var message = Fixture.Message("1311000000000000001", "How do I price a course?");
        message["channel_id"] = "1311000000000000001";

        Assert.True(Assert.Single(DiscordEventTranslator.Translate("MESSAGE_CREATE", Json(message), Now)).ThreadStart);
    }

    [Theory]
    [InlineData(15, true)]
    [InlineData(0, false)]
    public void ThreadStarted_ForumParentOrOldThread_RecordedOnlyWhenNeeded(int parentType, bool newlyCreatedForumSkipped)
    {
        var thread = JsonSerializer.Deserialize(Json(Fixture.Load("thread_create")), DiscordJsonContext.Default.DiscordChannel)!;

        var fresh = DiscordEventTranslator.ThreadStarted(thread, parentType, Now);
        var old = DiscordEventTranslator.ThreadStarted(thread with { NewlyCreated = null }, parentType, Now);

        Assert.Equal(newlyCreatedForumSkipped, fresh.Count == 0);
        Assert.Empty(old);
    }

    [Fact]
    public void Translate_UnknownEvent_GivesNothing() =>
        Assert.Empty(DiscordEventTranslator.Translate("PRESENCE_UPDATE", Json(Fixture.Load("guild_member_add")), Now));
}
