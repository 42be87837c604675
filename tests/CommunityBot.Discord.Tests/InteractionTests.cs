using CommunityBot.Core.Activity;
using CommunityBot.Core.Engagement;
using CommunityBot.Discord.Tests.StandIn;
using CommunityBot.Discord.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using static CommunityBot.Discord.Tests.Support.StandInExtensions;

namespace CommunityBot.Discord.Tests;

public sealed class InteractionTests
{
    [Fact]
    public async Task Ready_FirstSession_BulkOverwritesGlobalCommandsWithTypedOptionsAndPermissions()
    {
        await using var standIn = await DiscordStandIn.StartAsync();
        await using var adapter = await AdapterHost.StartAsync(standIn);
        await AdapterHost.ConnectAsync(standIn);

        var put = await standIn.Requests.WaitForAsync(r => r.Method == "PUT", "the command registration");

        Assert.Equal($"/api/v10/applications/{DiscordStandIn.ApplicationId}/commands", put.Path);
        Assert.Equal(200, put.Status);
        var commands = put.Body!.AsArray().ToDictionary(c => (string)c!["name"]!);
        Assert.Null(commands["profile"]!["default_member_permissions"]);
        Assert.Null(commands["leaderboard"]!["default_member_permissions"]);
        Assert.Equal("8192", (string?)commands["stats"]!["default_member_permissions"]);
        Assert.Equal("32", (string?)commands["recompute"]!["default_member_permissions"]);
        Assert.Equal(6, (int)commands["profile"]!["options"]![0]!["type"]!);
        var period = commands["leaderboard"]!["options"]![0]!;
        Assert.Equal(3, (int)period["type"]!);
        Assert.Equal(["week", "month", "all", "engagement"], period["choices"]!.AsArray().Select(c => (string)c!["value"]!));
        Assert.Equal(4, (int)commands["leaderboard"]!["options"]![1]!["type"]!);
    }

    [Fact]
    public async Task Ready_DevelopmentGuildConfigured_RegistersCommandsInThatGuild()
    {
        await using var standIn = await DiscordStandIn.StartAsync();
        await using var adapter = await AdapterHost.StartAsync(standIn, new Dictionary<string, string?> { ["Discord:DevelopmentGuildId"] = Fixture.GuildId });
        await AdapterHost.ConnectAsync(standIn);

        var put = await standIn.Requests.WaitForAsync(r => r.Method == "PUT", "the command registration");

        Assert.Equal($"/api/v10/applications/{DiscordStandIn.ApplicationId}/guilds/{Fixture.GuildId}/commands", put.Path);
        Assert.Equal(200, put.Status);
    }

    [Fact]
    public async Task SlashCommand_MemberProfile_AnswersEphemerallyInOneResponse()
    {
        await using var standIn = await DiscordStandIn.StartAsync();
        await using var adapter = await AdapterHost.StartAsync(standIn);
        var peer = await AdapterHost.ConnectAsync(standIn);

        await peer.DispatchAsync("MESSAGE_CREATE", Fixture.Message("500000000000000600", "my first question about docker"));
        await adapter.Store.Stored.WaitForAsync(e => e.MessageId == "500000000000000600", "Alice's message");
        await adapter.Services.GetRequiredService<EngagementScorer>().ScoreCommunityAsync(Fixture.GuildId, CancellationToken.None);

        var interaction = await standIn.SendCommandAsync(peer, "profile", [], DiscordStandIn.MemberPermissions);
        var callback = await standIn.CallbackAsync(interaction);

        Assert.Equal(4, (int)callback.Body!["type"]!);
        Assert.Equal(64, (int)callback.Body["data"]!["flags"]!);
        Assert.StartsWith("Alice — level", (string?)callback.Embed()["description"], StringComparison.Ordinal);
        // The ingest queue is first in, first out: once a later message is stored, the command use is too.
        await peer.DispatchAsync("MESSAGE_CREATE", Fixture.Message("500000000000000601", "thanks"));
        await adapter.Store.Stored.WaitForAsync(e => e.MessageId == "500000000000000601", "the later message");
        var events = await adapter.Services.GetRequiredService<IActivityStore>().ReadCommunityAsync(Fixture.GuildId, null, CancellationToken.None);
        var used = Assert.Single(events, e => e.Kind == EventKind.CommandUsed);
        Assert.Equal((Fixture.Alice, "profile", interaction.Id), (used.User, used.Detail, used.Nonce));
        Assert.Equal("[]", callback.Body["data"]!["allowed_mentions"]!["parse"]!.ToJsonString());
    }

    [Fact]
    public async Task SlashCommand_MemberRunsModeratorCommand_RefusedEphemerally()
    {
        await using var standIn = await DiscordStandIn.StartAsync();
        await using var adapter = await AdapterHost.StartAsync(standIn);
        var peer = await AdapterHost.ConnectAsync(standIn);

        var interaction = await standIn.SendCommandAsync(peer, "stats", [], DiscordStandIn.MemberPermissions);
        var callback = await standIn.CallbackAsync(interaction);

        Assert.Equal(4, (int)callback.Body!["type"]!);
        Assert.Equal(64, (int)callback.Body["data"]!["flags"]!);
        Assert.Contains("moderators only", (string?)callback.Embed()["description"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task SlashCommand_ModeratorStats_Answered()
    {
        await using var standIn = await DiscordStandIn.StartAsync();
        await using var adapter = await AdapterHost.StartAsync(standIn);
        var peer = await AdapterHost.ConnectAsync(standIn);

        var interaction = await standIn.SendCommandAsync(peer, "stats", [], DiscordStandIn.ModeratorPermissions);
        var callback = await standIn.CallbackAsync(interaction);

        Assert.Equal(4, (int)callback.Body!["type"]!);
        Assert.Null(callback.Body["data"]!["flags"]);
        Assert.Equal("Community stats", (string?)callback.Embed()["title"]);
        Assert.StartsWith("Community activity I =", (string?)callback.Embed()["description"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task SlashCommand_MemberWithConfiguredModeratorRole_RunsModeratorCommand()
    {
        await using var standIn = await DiscordStandIn.StartAsync();
        await using var adapter = await AdapterHost.StartAsync(standIn, new Dictionary<string, string?> { ["Discord:ModeratorRoleId"] = Fixture.HelperRole });
        var peer = await AdapterHost.ConnectAsync(standIn);

        var interaction = await standIn.SendCommandAsync(peer, "stats", [], DiscordStandIn.MemberPermissions, Fixture.Bob, Fixture.HelperRole);
        var callback = await standIn.CallbackAsync(interaction);

        Assert.Equal("Community stats", (string?)callback.Embed()["title"]);
    }

    [Theory]
    [InlineData(DiscordStandIn.AdminPermissions, "Recomputed the scores")]
    [InlineData("32", "Recomputed the scores")]
    [InlineData(DiscordStandIn.ModeratorPermissions, "admins only")]
    public async Task SlashCommand_AdminCommand_RunsForAdminsOnly(string permissions, string expected)
    {
        await using var standIn = await DiscordStandIn.StartAsync();
        await using var adapter = await AdapterHost.StartAsync(standIn);
        var peer = await AdapterHost.ConnectAsync(standIn);

        var interaction = await standIn.SendCommandAsync(peer, "recompute", [], permissions);
        var callback = await standIn.CallbackAsync(interaction);

        Assert.Contains(expected, (string?)callback.Embed()["description"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task SlashCommand_ReplyLaterThanDeadline_DefersThenEditsOriginalResponse()
    {
        await using var standIn = await DiscordStandIn.StartAsync();
        await using var adapter = await AdapterHost.StartAsync(standIn, new Dictionary<string, string?> { ["Discord:InteractionDeadline"] = "00:00:00.200" });
        var peer = await AdapterHost.ConnectAsync(standIn);

        var interaction = await standIn.SendCommandAsync(peer, "slow", [], DiscordStandIn.MemberPermissions);
        var deferred = await standIn.CallbackAsync(interaction);
        adapter.Services.GetRequiredService<SlowGate>().Open.SetResult();
        var edit = await standIn.Requests.WaitForAsync(r => r.Method == "PATCH", "the edit of the original response");

        Assert.Equal(5, (int)deferred.Body!["type"]!);
        Assert.Equal($"/api/v10/webhooks/{DiscordStandIn.ApplicationId}/{interaction.Token}/messages/@original", edit.Path);
        Assert.Equal(200, edit.Status);
        Assert.Equal("Finally done.", (string?)edit.Embed(callback: false)["description"]);
    }

    [Fact]
    public async Task Button_NextPageOfLeaderboard_UpdatesTheMessageInPlace()
    {
        await using var standIn = await DiscordStandIn.StartAsync();
        await using var adapter = await AdapterHost.StartAsync(standIn);
        var peer = await AdapterHost.ConnectAsync(standIn);
        for (var i = 0; i < 12; i++)
        {
            await peer.DispatchAsync("MESSAGE_CREATE", Fixture.Message($"5000000000000007{i:00}", $"hello number {i}", $"2100000000000000{i:00}", $"Member{i:00}"));
        }
        await adapter.Store.Stored.WaitAsync(s => s.Count == 12, "twelve members' messages");
        await adapter.Services.GetRequiredService<EngagementScorer>().ScoreCommunityAsync(Fixture.GuildId, CancellationToken.None);

        var command = await standIn.SendCommandAsync(peer, "leaderboard", Options(("period", 3, "all")), DiscordStandIn.MemberPermissions);
        var first = await standIn.CallbackAsync(command);
        var next = (string)first.Body!["data"]!["components"]![0]!["components"]![0]!["custom_id"]!;
        var press = await standIn.SendButtonAsync(peer, next, DiscordStandIn.MemberPermissions);
        var second = await standIn.CallbackAsync(press);

        Assert.Equal(4, (int)first.Body["type"]!);
        Assert.Contains("Page 1/2 · 12 members", (string?)first.Embed()["description"], StringComparison.Ordinal);
        Assert.Equal("lb:all:2", next);
        Assert.Equal(7, (int)second.Body!["type"]!);
        Assert.Contains("Page 2/2 · 12 members", (string?)second.Embed()["description"], StringComparison.Ordinal);
        var buttons = second.Body["data"]!["components"]![0]!["components"]!.AsArray();
        Assert.Equal(["lb:all:1"], buttons.Select(b => (string)b!["custom_id"]!));
    }

    [Fact]
    public async Task Button_UnsupportedAction_AnswersEphemerallyWithoutTouchingTheMessage()
    {
        await using var standIn = await DiscordStandIn.StartAsync();
        await using var adapter = await AdapterHost.StartAsync(standIn);
        var peer = await AdapterHost.ConnectAsync(standIn);

        var press = await standIn.SendButtonAsync(peer, "gone:1", DiscordStandIn.MemberPermissions);
        var callback = await standIn.CallbackAsync(press);

        Assert.Equal(4, (int)callback.Body!["type"]!);
        Assert.Equal(64, (int)callback.Body["data"]!["flags"]!);
        Assert.Contains("no longer supported", (string?)callback.Embed()["description"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task SlashCommand_ReplyWithImage_UploadsItAsMultipartAttachment()
    {
        await using var standIn = await DiscordStandIn.StartAsync();
        await using var adapter = await AdapterHost.StartAsync(standIn);
        var peer = await AdapterHost.ConnectAsync(standIn);

        var interaction = await standIn.SendCommandAsync(peer, "chart", [], DiscordStandIn.MemberPermissions);
        var callback = await standIn.CallbackAsync(interaction);

        Assert.True(callback.IsMultipart);
        var file = Assert.Single(callback.Files);
        Assert.Equal("files[0]", file.Field);
        Assert.Equal(ChartTestCommand.Chart.Content, file.Content);
        Assert.Equal(file.FileName, (string?)callback.Body!["data"]!["attachments"]![0]!["filename"]);
        Assert.Equal("attachment://" + file.FileName, (string?)callback.Embed()["image"]!["url"]);
    }

    [Fact]
    public async Task SlashCommand_EveryoneInText_IsSentWithEveryMentionDisabled()
    {
        await using var standIn = await DiscordStandIn.StartAsync();
        await using var adapter = await AdapterHost.StartAsync(standIn);
        var peer = await AdapterHost.ConnectAsync(standIn);

        var interaction = await standIn.SendCommandAsync(peer, "echo",
            Options(("who", 6, Fixture.Bob), ("text", 3, "@everyone and <@&400000000000000001> look here")), DiscordStandIn.MemberPermissions);
        var callback = await standIn.CallbackAsync(interaction);

        var data = callback.Body!["data"]!;
        Assert.Equal("[]", data["allowed_mentions"]!["parse"]!.ToJsonString());
        Assert.Null(data["allowed_mentions"]!["users"]);
        Assert.Null(data["content"]);
        Assert.StartsWith(Fixture.Bob + " said @everyone", (string?)callback.Embed()["description"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task SlashCommand_OptionGivenAfterSkippedOne_AsksForTheSkippedOne()
    {
        await using var standIn = await DiscordStandIn.StartAsync();
        await using var adapter = await AdapterHost.StartAsync(standIn);
        var peer = await AdapterHost.ConnectAsync(standIn);

        var interaction = await standIn.SendCommandAsync(peer, "leaderboard", Options(("page", 4, 3)), DiscordStandIn.MemberPermissions);
        var callback = await standIn.CallbackAsync(interaction);

        Assert.Equal(64, (int)callback.Body!["data"]!["flags"]!);
        Assert.Contains("'period'", (string?)callback.Embed()["description"], StringComparison.Ordinal);
    }
}
