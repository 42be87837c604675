using System.Globalization;
using CommunityBot.Core.Commands;
using CommunityBot.Core.Engagement;
using CommunityBot.Core.LevelRoles;
using CommunityBot.Core.Live;
using CommunityBot.Core.Platform;
using CommunityBot.Core.Tests.Live;
using CommunityBot.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityBot.Core.Tests.LevelRoles;

/// <summary>Level roles on the real pipeline (LiteDB file, live loop, scoring) with a roles platform in memory.</summary>
public sealed class LevelRoleTests
{
    [Fact]
    public async Task XpAdjust_LiftsAMember_TheirRoleFollows_ThenTakenBackWhenThePointsAre()
    {
        var roles = new FakeMemberRoles { Members = { ["u1"] = [] } };
        await using var bot = await LiveHarness.StartAsync(services: s => s.AddSingleton<IMemberRoles>(roles));
        await bot.BaselineAsync();
        await bot.StoreAsync(bot.LiveMessages("u1", 1));
        await bot.PassAsync();
        var add = await bot.AskAsync("admin", "/levelrole add 2 Regular", MemberRole.Admin);
        var points = LevelCurve.TotalFor(2).ToString(CultureInfo.InvariantCulture);

        await bot.AskAsync("admin", $"/xp adjust u1 {points} challenge winner", MemberRole.Admin);
        await bot.PassAsync();
        await bot.Get<LevelRoleSync>().RunOnceAsync(CancellationToken.None);
        var given = roles.Members["u1"].ToList();
        bot.Clock.Advance(TimeSpan.FromSeconds(1));
        await bot.AskAsync("admin", $"/xp adjust u1 -{points} mistake", MemberRole.Admin);

        await bot.PassAsync();
        await bot.Get<LevelRoleSync>().RunOnceAsync(CancellationToken.None);

        Assert.False(add.IsError, add.Text);
        Assert.Equal(["r1"], given);
        Assert.Empty(roles.Members["u1"]);
        Assert.Equal(["+r1 u1", "-r1 u1"], roles.Changes);
        Assert.Empty(bot.Chat.Sent); // /xp adjust is never announced, even for a member who chatted a minute ago
    }

    [Fact]
    public async Task Queue_KeptInTheStore_ASyncCutShortResumesAfterARestart()
    {
        using var folder = new TempFolder();
        var file = folder.File("bot.db");
        await using (var before = await LiveHarness.StartAsync(file))
        {
            await before.BaselineAsync();
            var settings = before.Get<Communities.ISettingsStore>();
            var current = await settings.GetAsync("g1", CancellationToken.None);
            await settings.SaveAsync(current with { Live = current.Live with { LevelRoles = [new LevelRole(1, "r1", "Regular")] } }, CancellationToken.None);
            await before.Get<IMemberLevelStore>().SaveAsync("g1", new Dictionary<string, int> { ["u1"] = 1, ["u2"] = 3 }, CancellationToken.None);
            await before.Get<IRoleSyncQueue>().EnqueueAsync("g1", ["u1", "u2"], CancellationToken.None); // the process stops here
        }
        var roles = new FakeMemberRoles { Members = { ["u1"] = [], ["u2"] = ["r1"] } };

        await using var after = await LiveHarness.StartAsync(file, services: s => s.AddSingleton<IMemberRoles>(roles));
        await after.Get<LevelRoleSync>().RunOnceAsync(CancellationToken.None);

        Assert.Equal(["+r1 u1"], roles.Changes);
        Assert.Equal(0, await after.Get<IRoleSyncQueue>().CountAsync("g1", CancellationToken.None));
    }

    [Fact]
    public async Task Queue_MemberQueuedAgainWhileBeingSynced_StaysQueued()
    {
        await using var store = new StoreFixture(Recommendations.RecTestData.Now); // no background sync draining the queue
        await store.StartAsync();
        var queue = store.Get<IRoleSyncQueue>();
        await queue.EnqueueAsync("g1", ["u1", "u2"], CancellationToken.None);
        var taken = await queue.PeekAsync("g1", 10, CancellationToken.None);

        await queue.EnqueueAsync("g1", ["u1"], CancellationToken.None); // u1's level moved during the sync
        foreach (var member in taken)
        {
            await queue.DoneAsync("g1", member, CancellationToken.None);
        }

        Assert.Equal(["u1"], (await queue.PeekAsync("g1", 10, CancellationToken.None)).Select(m => m.User));
    }

    [Fact]
    public async Task Telegram_HasNoRoles_AdminPointedToLevelTitles()
    {
        await using var bot = await LiveHarness.StartAsync(services: s => s.AddSingleton<IMemberRoles>(new FakeMemberRoles()));

        var reply = await bot.Get<CommandDispatcher>().DispatchAsync(
            new CommandRequest("telegram", "-100123", "-100123", "admin", "Admin", MemberRole.Admin, "/levelrole add 2 Regular"), CancellationToken.None);

        Assert.True(reply.IsError);
        Assert.Equal("Telegram has no roles. Level titles show in profiles, boards and level-ups instead: /leveltitle LEVEL TITLE.", reply.Text);
    }

    [Theory]
    [InlineData("add 2", "Give a level and a role")]
    [InlineData("add zero Regular", "A level is a whole number from 1 to 1000, not 'zero'")]
    [InlineData("add 0 Regular", "A level is a whole number from 1 to 1000")]
    [InlineData("remove 7", "No level role matches '7'")]
    [InlineData("mode ladder", "mode is stack (keep every role up to the level) or replace (only the highest), not 'ladder'")]
    public async Task BadValues_ClearError_NothingSaved(string action, string expected)
    {
        await using var bot = await LiveHarness.StartAsync(services: s => s.AddSingleton<IMemberRoles>(new FakeMemberRoles()));

        var reply = await bot.AskAsync("admin", "/levelrole " + action, MemberRole.Admin);
        var live = (await bot.Get<Communities.ISettingsStore>().GetAsync("g1", CancellationToken.None)).Live;

        Assert.True(reply.IsError);
        Assert.Contains(expected, reply.Text, StringComparison.Ordinal);
        Assert.Empty(live.LevelRoles);
        Assert.Equal(LevelRoleMode.Stack, live.LevelRoleMode);
    }

    [Theory]
    [InlineData(0, LevelRoleMode.Stack, "")]
    [InlineData(4, LevelRoleMode.Stack, "a")]
    [InlineData(12, LevelRoleMode.Stack, "a,b,c")]
    [InlineData(12, LevelRoleMode.Replace, "c")]
    [InlineData(7, LevelRoleMode.Replace, "b")]
    public void Wanted_ByLevelAndMode(int level, LevelRoleMode mode, string expected)
    {
        LevelRole[] mapped = [new(10, "c", "C"), new(2, "a", "A"), new(5, "b", "B")];

        var wanted = LevelRolePlan.Wanted(level, mapped, mode);

        Assert.Equal(expected, string.Join(',', wanted.Order(StringComparer.Ordinal)));
    }

    [Fact]
    public void Changes_AddWhatIsMissing_RemoveOnlyLevelRoles()
    {
        var (add, remove) = LevelRolePlan.Changes(["a", "old", "moderator"], new HashSet<string> { "a", "b" }, ["a", "b", "old"]);

        Assert.Equal(["b"], add);
        Assert.Equal(["old"], remove);
    }
}
