using CommunityBot.Core.Activity;
using CommunityBot.Core.Commands;
using CommunityBot.Core.Ingest;
using CommunityBot.Core.LevelRoles;
using CommunityBot.Core.Live;
using CommunityBot.Discord.Tests.StandIn;
using CommunityBot.Discord.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityBot.Discord.Tests;

/// <summary>
/// Level roles through the real adapter against the stand-in's REST rules (Manage Roles, role hierarchy): the admin
/// command, the background sync's role changes, refusals told plainly, and a paused sync that resumes.
/// </summary>
public sealed class LevelRoleTests
{
    private const string Guild = Fixture.GuildId;
    private const string Regular = "700000000000000001";
    private const string Veteran = "700000000000000002";
    private const string Staff = "700000000000000003";

    /// <summary>Members at levels 3 (a), 1 (b) and 6 (c); d reached level 5 but left the server.</summary>
    private static async Task<AdapterHost> CommunityAsync(DiscordStandIn standIn, ulong botPermissions = DiscordStandIn.ManageRolesBit)
    {
        standIn.AddGuildRoles(Guild, botPosition: 10, botPermissions, (Regular, "Regular", 2), (Veteran, "Veteran", 3), (Staff, "Staff", 20));
        var adapter = await AdapterHost.StartAsync(standIn);
        foreach (var user in new[] { "200000000000000001", "200000000000000002", "200000000000000003" })
        {
            standIn.RolesOf(Guild, user);
        }
        await adapter.Services.GetRequiredService<IIngestQueue>().StoreAsync([new ActivityEvent
        {
            Kind = EventKind.Message, Platform = "discord", Community = Guild, Channel = Fixture.GeneralChannel, User = "200000000000000001",
            At = DateTimeOffset.UtcNow.AddHours(-1), MessageId = "500000000000000001", Text = "hello",
        }], CancellationToken.None);
        await adapter.Services.GetRequiredService<IMemberLevelStore>().SaveAsync(Guild, new Dictionary<string, int>
        {
            ["200000000000000001"] = 3, ["200000000000000002"] = 1, ["200000000000000003"] = 6, ["200000000000000004"] = 5,
        }, CancellationToken.None);
        return adapter;
    }

    private static Task<Reply> AskAsync(AdapterHost adapter, string text, MemberRole role = MemberRole.Admin) =>
        adapter.Services.GetRequiredService<CommandDispatcher>().DispatchAsync(
            new CommandRequest("discord", Guild, Fixture.GeneralChannel, "200000000000000099", "Admin", role, text), CancellationToken.None);

    private static Task<int> SyncAsync(AdapterHost adapter) => adapter.Services.GetRequiredService<LevelRoleSync>().RunOnceAsync(CancellationToken.None);

    private static Task<int> WaitingAsync(AdapterHost adapter) =>
        adapter.Services.GetRequiredService<IRoleSyncQueue>().CountAsync(Guild, CancellationToken.None);

    [Fact]
    public async Task Add_ThenSync_MembersGetTheRolesOfTheirLevel_StackThenReplace()
    {
        await using var standIn = await DiscordStandIn.StartAsync();
        await using var adapter = await CommunityAsync(standIn);

        var first = await AskAsync(adapter, "/levelrole add 2 Regular");
        var second = await AskAsync(adapter, $"/levelrole add 5 <@&{Veteran}>");
        await SyncAsync(adapter);

        Assert.False(first.IsError, first.Text);
        Assert.Equal("mode: stack (members keep every role up to their level)\nlevel 2+: Regular\nlevel 5+: Veteran", string.Join('\n', second.Text.Split('\n')[..3]));
        Assert.Equal([Regular], standIn.RolesOf(Guild, "200000000000000001"));
        Assert.Empty(standIn.RolesOf(Guild, "200000000000000002"));
        Assert.Equal([Regular, Veteran], standIn.RolesOf(Guild, "200000000000000003").Order());
        Assert.Equal(0, await WaitingAsync(adapter)); // the member who left is dropped, not retried
        Assert.Contains(standIn.Requests.Snapshot(), r => r.Method == "PUT" && r.AuditReason == "CommunityBot: level 6");

        await AskAsync(adapter, "/levelrole mode replace");
        await SyncAsync(adapter);

        Assert.Equal([Veteran], standIn.RolesOf(Guild, "200000000000000003"));
        Assert.Equal([Regular], standIn.RolesOf(Guild, "200000000000000001"));
    }

    [Fact]
    public async Task Remove_TakesTheRoleBackFromMembers_OtherRolesUntouched()
    {
        await using var standIn = await DiscordStandIn.StartAsync();
        await using var adapter = await CommunityAsync(standIn);
        standIn.RolesOf(Guild, "200000000000000001").Add("777000000000000000"); // a role the bot does not manage
        await AskAsync(adapter, "/levelrole add 2 Regular");
        await SyncAsync(adapter);

        var removed = await AskAsync(adapter, "/levelrole remove 2");
        await SyncAsync(adapter);

        Assert.Contains("No level roles yet", removed.Text, StringComparison.Ordinal);
        Assert.Equal(["777000000000000000"], standIn.RolesOf(Guild, "200000000000000001"));
        Assert.Empty(standIn.RolesOf(Guild, "200000000000000003"));
    }

    [Fact]
    public async Task Add_RoleAboveTheBots_RefusedPlainly_NothingSavedOrChanged()
    {
        await using var standIn = await DiscordStandIn.StartAsync();
        await using var adapter = await CommunityAsync(standIn);

        var above = await AskAsync(adapter, "/levelrole add 2 Staff");
        var unknown = await AskAsync(adapter, "/levelrole add 2 Moderators");
        var everyone = await AskAsync(adapter, "/levelrole add 2 @everyone");
        var list = await AskAsync(adapter, "/levelrole");
        await SyncAsync(adapter);

        Assert.True(above.IsError);
        Assert.Contains("Staff is at or above my highest role", above.Text, StringComparison.Ordinal);
        Assert.Contains("No role 'Moderators' on this server", unknown.Text, StringComparison.Ordinal);
        Assert.Contains("@everyone is every member's role", everyone.Text, StringComparison.Ordinal);
        Assert.Contains("No level roles yet", list.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(standIn.Requests.Snapshot(), r => r.Method is "PUT" or "DELETE");
    }

    [Fact]
    public async Task Add_BotLacksManageRoles_AdminToldWhatToGrant()
    {
        await using var standIn = await DiscordStandIn.StartAsync();
        await using var adapter = await CommunityAsync(standIn, botPermissions: 0);

        var add = await AskAsync(adapter, "/levelrole add 2 Regular");

        Assert.True(add.IsError);
        Assert.Equal("I lack the Manage Roles permission: give my role Manage Roles (Server Settings → Roles).", add.Text.Split('\n')[0]);
    }

    [Fact]
    public async Task Sync_RefusedMidway_PausedAndShown_MembersStayQueued_ResumedBySync()
    {
        await using var standIn = await DiscordStandIn.StartAsync();
        await using var adapter = await CommunityAsync(standIn);
        standIn.FailNext(new Fault("PUT", "/roles/", 403));

        await AskAsync(adapter, "/levelrole add 2 Regular");
        await SyncAsync(adapter);
        var paused = await AskAsync(adapter, "/levelrole list");
        var waiting = await WaitingAsync(adapter);
        await SyncAsync(adapter); // still paused: nothing is tried
        var puts = standIn.Requests.Snapshot().Count(r => r.Method == "PUT");

        var resumed = await AskAsync(adapter, "/levelrole sync");
        await SyncAsync(adapter);

        Assert.Contains("⚠ Sync paused for a few minutes: Discord refused to add role", paused.Text, StringComparison.Ordinal);
        Assert.True(waiting >= 2, $"{waiting} waiting");
        Assert.Equal(1, puts);
        Assert.False(resumed.IsError, resumed.Text);
        Assert.Equal([Regular], standIn.RolesOf(Guild, "200000000000000001"));
        Assert.Equal([Regular], standIn.RolesOf(Guild, "200000000000000003"));
        Assert.Equal(0, await WaitingAsync(adapter));
    }

    [Fact]
    public async Task Recompute_MendsARoleRemovedByHand()
    {
        await using var standIn = await DiscordStandIn.StartAsync();
        await using var adapter = await CommunityAsync(standIn);
        await AskAsync(adapter, "/levelrole add 2 Regular");
        await SyncAsync(adapter);
        standIn.RolesOf(Guild, "200000000000000003").Remove(Regular);

        await AskAsync(adapter, "/recompute");
        await SyncAsync(adapter);

        Assert.Equal([Regular], standIn.RolesOf(Guild, "200000000000000003"));
    }

    [Fact]
    public async Task LevelRole_ByAModerator_Refused_NothingChanged()
    {
        await using var standIn = await DiscordStandIn.StartAsync();
        await using var adapter = await CommunityAsync(standIn);

        var refused = await AskAsync(adapter, "/levelrole add 2 Regular", MemberRole.Moderator);
        var list = await AskAsync(adapter, "/levelrole");

        Assert.True(refused.IsError);
        Assert.Contains("No level roles yet", list.Text, StringComparison.Ordinal);
    }
}
