using CommunityBot.Core.Commands;
using CommunityBot.Core.Communities;
using CommunityBot.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityBot.Core.Tests.Commands;

/// <summary>Every command, action and button, run as member, moderator and admin through the real dispatcher and LiteDB file.</summary>
public sealed class PermissionTableTests : IAsyncLifetime
{
    private static readonly DateTimeOffset _now = new(2026, 11, 20, 12, 0, 0, TimeSpan.Zero);
    private static readonly MemberRole[] _roles = [MemberRole.Member, MemberRole.Moderator, MemberRole.Admin];
    private readonly StoreFixture _store = new(_now, s => s.AddSingleton<IButtonHandler>(new AdminOnlyButton()));
    private readonly Events _e = new(_now);

    public async Task InitializeAsync()
    {
        await _store.StartAsync();
        await _store.Get<CommunityBot.Core.Ingest.IIngestQueue>().StoreAsync(
            [_e.Message("talker", TimeSpan.FromHours(1), "hello there"), _e.Message("helper", TimeSpan.FromHours(2), "an answer")],
            CancellationToken.None);
    }

    public async Task DisposeAsync() => await _store.DisposeAsync();

    private CommandDispatcher Dispatcher => _store.Get<CommandDispatcher>();

    [Fact]
    public void Table_HasARowForEveryCommandActionAndButton()
    {
        var rows = Dispatcher.Permissions;
        foreach (var spec in Dispatcher.Specs)
        {
            Assert.Contains(rows, r => r.Name == spec.Name && r.Action is null && r.Role == spec.Role && !r.IsButton);
        }
        Assert.Contains(rows, r => r.Label == "/challenge add" && r.Role == MemberRole.Admin);
        Assert.Contains(rows, r => r.Label == "/weights" && r.Role == MemberRole.Admin);
        Assert.Contains(rows, r => r.Label == "/stats" && r.Role == MemberRole.Moderator);
        Assert.Contains(rows, r => r.Label == "/audit" && r.Role == MemberRole.Admin);
        Assert.Contains(rows, r => r.Label == "button privacy" && r.Role == MemberRole.Member);
        Assert.Equal(rows.Count, rows.Select(r => r.Label).Distinct().Count());
    }

    [Fact]
    public async Task EveryCommandAndAction_AllowedExactlyForItsRole_RefusedCallsChangeNothing()
    {
        var checkedCalls = 0;
        foreach (var spec in Dispatcher.Specs)
        {
            var actions = new List<string?> { null };
            if (spec.Args is [{ Choices.Count: > 0 } first, ..])
            {
                actions.AddRange(first.Choices);
            }
            actions.AddRange(spec.ActionRoles.Keys);
            foreach (var action in actions.Distinct())
            {
                var text = "/" + spec.Name + (action is null ? "" : " " + action);
                var needed = spec.RoleFor(action is null ? [] : [action]);
                foreach (var role in _roles)
                {
                    var before = _store.StateFingerprint();
                    var reply = await Dispatcher.DispatchAsync(
                        new CommandRequest("test", "c1", "general", "caller", "Caller", role, text), CancellationToken.None);
                    var refused = reply.IsError && reply.Text.Contains("only. Nothing was changed.", StringComparison.Ordinal);
                    Assert.True(refused == role < needed, $"{text} as {role}: expected {(role < needed ? "refusal" : "allowed")}, got \"{reply.Text}\"");
                    if (refused)
                    {
                        Assert.Equal(before, _store.StateFingerprint());
                    }
                    checkedCalls++;
                }
            }
        }
        Assert.True(checkedCalls > 3 * Dispatcher.Specs.Count, $"only {checkedCalls} calls checked");
    }

    [Fact]
    public async Task ModeratorCommand_ByMemberWithConfiguredModeratorRole_Allowed()
    {
        var settings = _store.Get<ISettingsStore>();
        await settings.SaveAsync((await settings.GetAsync("c1", CancellationToken.None)) with { ModeratorRole = "mods" }, CancellationToken.None);
        var asMember = new CommandRequest("test", "c1", "general", "caller", "Caller", MemberRole.Member, "/stats");
        Assert.True((await Dispatcher.DispatchAsync(asMember, CancellationToken.None)).IsError);
        Assert.False((await Dispatcher.DispatchAsync(asMember with { RoleIds = ["mods"] }, CancellationToken.None)).IsError);
        // a moderator role never reaches admin commands
        var admin = await Dispatcher.DispatchAsync(asMember with { RoleIds = ["mods"], Text = "/weights set alpha=1" }, CancellationToken.None);
        Assert.Contains("admins only", admin.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EveryButton_CheckedAgainstItsRoleOnPress()
    {
        foreach (var row in Dispatcher.Permissions.Where(r => r.IsButton))
        {
            foreach (var role in _roles)
            {
                var before = _store.StateFingerprint();
                var reply = await Dispatcher.PressAsync(
                    new ButtonPress("test", "c1", "general", "caller", "Caller", role, row.Name + ":x"), CancellationToken.None);
                var refused = reply.IsError && reply.Text.Contains("only. Nothing was changed.", StringComparison.Ordinal);
                Assert.True(refused == role < row.Role, $"{row.Label} as {role}: \"{reply.Text}\"");
                if (refused)
                {
                    Assert.Equal(before, _store.StateFingerprint());
                }
            }
        }
        Assert.Equal(1, AdminOnlyButton.Presses);
    }

    [Fact]
    public async Task Audit_ListsAdminActionsNewestFirst_ForAdminsOnly()
    {
        async Task<Reply> Ask(string text, MemberRole role) =>
            await Dispatcher.DispatchAsync(new CommandRequest("test", "c1", "general", "boss", "Boss", role, text), CancellationToken.None);
        Assert.Contains("No admin action", (await Ask("/audit", MemberRole.Admin)).Text, StringComparison.Ordinal);
        Assert.False((await Ask("/weights set alpha=0.5", MemberRole.Admin)).IsError);
        Assert.False((await Ask("/config timezone Europe/Berlin", MemberRole.Admin)).IsError);
        Assert.True((await Ask("/weights set alpha=0.9", MemberRole.Member)).IsError);

        var reply = await Ask("/audit 5", MemberRole.Admin);
        var lines = reply.Text.Split('\n');
        Assert.Equal(2, lines.Length);
        Assert.Contains("config timezone", lines[0], StringComparison.Ordinal);
        Assert.Contains("weights set", lines[1], StringComparison.Ordinal);
        Assert.Contains("boss", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("2026-11-20 13:00", lines[0], StringComparison.Ordinal); // shown in the community's new time zone
        Assert.True(reply.Ephemeral);

        Assert.Contains("admins only", (await Ask("/audit", MemberRole.Moderator)).Text, StringComparison.Ordinal);
        Assert.Contains("1 to 100", (await Ask("/audit 0", MemberRole.Admin)).Text, StringComparison.Ordinal);
        Assert.Contains("whole number", (await Ask("/audit many", MemberRole.Admin)).Text, StringComparison.Ordinal);
    }

    private sealed class AdminOnlyButton : IButtonHandler
    {
        public static int Presses;

        public string Prefix => "testadmin";

        public MemberRole Role => MemberRole.Admin;

        public Task<Reply> PressAsync(CommandInvocation call, CancellationToken ct)
        {
            Interlocked.Increment(ref Presses);
            return Task.FromResult(new Reply("done"));
        }
    }
}
