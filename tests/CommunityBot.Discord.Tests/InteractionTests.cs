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
        Assert.Equal("8192", (string?)commands["leaderboard"]!["default_member_permissions"]);
        Assert.Equal("32", (string?)commands["recompute"]!["default_member_permissions"]);
        var period = commands["leaderboard"]!["options"]![0]!;
        Assert.Equal(3, (int)period["type"]!);
        Assert.Equal(["week", "month", "all"], period["choices"]!.AsArray().Select(c => (string)c!["value"]!));
        Assert.Equal(4, (int)commands["leaderboard"]!["options"]![1]!["type"]!);
        Assert.Equal(6, (int)commands["echo"]!["options"]![0]!["type"]!);
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

        var interaction = await standIn.SendCommandAsync(peer, "profile", [], DiscordStandIn.MemberPermissions);
        var callback = await standIn.CallbackAsync(interaction);

        Assert.Equal(4, (int)callback.Body!["type"]!);
        Assert.Equal(64, (int)callback.Body["data"]!["flags"]!);
        Assert.Contains("42 points, role Member", (string?)callback.Embed()["description"], StringComparison.Ordinal);
        Assert.Equal("[]", callback.Body["data"]!["allowed_mentions"]!["parse"]!.ToJsonString());
    }

    [Fact]
    public async Task SlashCommand_MemberRunsModeratorCommand_RefusedEphemerally()
    {
        await using var standIn = await DiscordStandIn.StartAsync();
        await using var adapter = await AdapterHost.StartAsync(standIn);
        var peer = await AdapterHost.ConnectAsync(standIn);

        var interaction = await standIn.SendCommandAsync(peer, "leaderboard", [], DiscordStandIn.MemberPermissions);
        var callback = await standIn.CallbackAsync(interaction);

        Assert.Equal(4, (int)callback.Body!["type"]!);
        Assert.Equal(64, (int)callback.Body["data"]!["flags"]!);
        Assert.Contains("moderators only", (string?)callback.Embed()["description"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task SlashCommand_ModeratorLeaderboard_RendersRequestedPageWithPagingButtons()
    {
        await using var standIn = await DiscordStandIn.StartAsync();
        await using var adapter = await AdapterHost.StartAsync(standIn);
        var peer = await AdapterHost.ConnectAsync(standIn);

        var interaction = await standIn.SendCommandAsync(peer, "leaderboard",
            Options(("period", 3, "month"), ("page", 4, 2)), DiscordStandIn.ModeratorPermissions);
        var callback = await standIn.CallbackAsync(interaction);

        Assert.Equal(4, (int)callback.Body!["type"]!);
        Assert.Null(callback.Body["data"]!["flags"]);
        Assert.Equal("month page 2", (string?)callback.Embed()["description"]);
        var buttons = callback.Body["data"]!["components"]![0]!["components"]!.AsArray();
        Assert.Equal(["lb:month:1", "lb:month:3"], buttons.Select(b => (string)b!["custom_id"]!));
    }

    [Fact]
    public async Task SlashCommand_MemberWithConfiguredModeratorRole_RunsModeratorCommand()
    {
        await using var standIn = await DiscordStandIn.StartAsync();
        await using var adapter = await AdapterHost.StartAsync(standIn, new Dictionary<string, string?> { ["Discord:ModeratorRoleId"] = Fixture.HelperRole });
        var peer = await AdapterHost.ConnectAsync(standIn);

        var interaction = await standIn.SendCommandAsync(peer, "leaderboard", [], DiscordStandIn.MemberPermissions, Fixture.Bob, Fixture.HelperRole);
        var callback = await standIn.CallbackAsync(interaction);

        Assert.Equal("week page 1", (string?)callback.Embed()["description"]);
    }

    [Theory]
    [InlineData(DiscordStandIn.AdminPermissions, "Recomputed.")]
    [InlineData("32", "Recomputed.")]
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
    public async Task Button_ModeratorPressesNextPage_UpdatesTheMessageInPlace()
    {
        await using var standIn = await DiscordStandIn.StartAsync();
        await using var adapter = await AdapterHost.StartAsync(standIn);
        var peer = await AdapterHost.ConnectAsync(standIn);

        var press = await standIn.SendButtonAsync(peer, "lb:week:2", DiscordStandIn.ModeratorPermissions);
        var callback = await standIn.CallbackAsync(press);

        Assert.Equal(7, (int)callback.Body!["type"]!);
        Assert.Equal("week page 2", (string?)callback.Embed()["description"]);
        var buttons = callback.Body["data"]!["components"]![0]!["components"]!.AsArray();
        Assert.Equal(["lb:week:1", "lb:week:3"], buttons.Select(b => (string)b!["custom_id"]!));
    }

    [Fact]
    public async Task Button_MemberPressesModeratorButton_AnswersEphemerallyWithoutTouchingTheMessage()
    {
        await using var standIn = await DiscordStandIn.StartAsync();
        await using var adapter = await AdapterHost.StartAsync(standIn);
        var peer = await AdapterHost.ConnectAsync(standIn);

        var press = await standIn.SendButtonAsync(peer, "lb:week:2", DiscordStandIn.MemberPermissions);
        var callback = await standIn.CallbackAsync(press);

        Assert.Equal(4, (int)callback.Body!["type"]!);
        Assert.Equal(64, (int)callback.Body["data"]!["flags"]!);
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
        Assert.Equal(await File.ReadAllBytesAsync(ChartTestCommand.ChartPath), file.Content);
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

        var interaction = await standIn.SendCommandAsync(peer, "leaderboard", Options(("page", 4, 3)), DiscordStandIn.ModeratorPermissions);
        var callback = await standIn.CallbackAsync(interaction);

        Assert.Equal(64, (int)callback.Body!["data"]!["flags"]!);
        Assert.Contains("'period'", (string?)callback.Embed()["description"], StringComparison.Ordinal);
    }
}
