using CommunityBot.Core.Commands;
using CommunityBot.Core.Communities;
using CommunityBot.TestKit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityBot.Core.Tests.Commands;

/// <summary>The per-member command rate limit through the real dispatcher: 3 calls per 10 s, then 30 s of quiet.</summary>
public sealed class RateLimitTests : IAsyncLifetime
{
    private static readonly DateTimeOffset _now = new(2026, 11, 20, 12, 0, 0, TimeSpan.Zero);
    private readonly StoreFixture _store = new(_now, s => s.AddSingleton<IConfiguration>(new ConfigurationBuilder()
        .AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Commands:RateLimit:Calls"] = "3",
            ["Commands:RateLimit:WindowSeconds"] = "10",
            ["Commands:RateLimit:QuietSeconds"] = "30",
        }).Build()));

    public async Task InitializeAsync() => await _store.StartAsync();

    public async Task DisposeAsync() => await _store.DisposeAsync();

    private Task<Reply> Ask(string user, string text = "/help", MemberRole role = MemberRole.Member) =>
        _store.Get<CommandDispatcher>().DispatchAsync(new CommandRequest("test", "c1", "general", user, user, role, text), CancellationToken.None);

    [Fact]
    public async Task Flood_GetsOneSlowDownThenSilence_OthersUnaffected_ThenForgiven()
    {
        for (var i = 0; i < 3; i++)
        {
            Assert.False((await Ask("flooder")).IsError);
        }
        var slowDown = await Ask("flooder");
        Assert.True(slowDown.IsError && slowDown.Ephemeral && !slowDown.IsSilent);
        Assert.Contains("slow down", slowDown.Text, StringComparison.Ordinal);
        Assert.Contains("30 seconds", slowDown.Text, StringComparison.Ordinal);
        for (var i = 0; i < 5; i++)
        {
            Assert.True((await Ask("flooder")).IsSilent);
        }
        Assert.False((await Ask("bystander")).IsError); // the flood costs only the flooder

        _store.Clock.Advance(TimeSpan.FromSeconds(31));
        Assert.False((await Ask("flooder")).IsError);
    }

    [Fact]
    public async Task CallsSpreadOverTheWindow_NeverLimited()
    {
        for (var i = 0; i < 12; i++)
        {
            Assert.False((await Ask("steady")).IsError);
            _store.Clock.Advance(TimeSpan.FromSeconds(4));
        }
    }

    [Fact]
    public async Task SilencedAdminCommand_ChangesNothing_AndButtonsCountToo()
    {
        var press = new ButtonPress("test", "c1", "general", "boss", "boss", MemberRole.Admin, "lb:week:1");
        for (var i = 0; i < 3; i++)
        {
            await _store.Get<CommandDispatcher>().PressAsync(press, CancellationToken.None);
        }
        Assert.Contains("slow down", (await Ask("boss", "/weights set alpha=0.1", MemberRole.Admin)).Text, StringComparison.Ordinal);
        var before = _store.StateFingerprint();
        Assert.True((await Ask("boss", "/weights set alpha=0.2", MemberRole.Admin)).IsSilent);
        Assert.Equal(before, _store.StateFingerprint());
        Assert.Equal(Weights.Default, (await _store.Get<ISettingsStore>().GetAsync("c1", CancellationToken.None)).Weights);
    }

    [Fact]
    public async Task SameMemberInTwoCommunities_CountedApart()
    {
        for (var i = 0; i < 3; i++)
        {
            await Ask("member");
        }
        var elsewhere = await _store.Get<CommandDispatcher>().DispatchAsync(
            new CommandRequest("test", "c2", "general", "member", "member", MemberRole.Member, "/help"), CancellationToken.None);
        Assert.False(elsewhere.IsError);
    }
}
