using CommunityBot.Core.Platform;
using Microsoft.Extensions.Time.Testing;

namespace CommunityBot.Core.Tests.Platform;

public sealed class LocalWorkClaimsTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 8, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task TryClaim_SameKeyAgain_OnlyTheFirstWins_OtherKeysUnaffected()
    {
        var claims = new LocalWorkClaims(_clock);

        Assert.True(await claims.TryClaimAsync("telegram:1:100", CancellationToken.None));
        Assert.False(await claims.TryClaimAsync("telegram:1:100", CancellationToken.None));
        Assert.True(await claims.TryClaimAsync("telegram:1:101", CancellationToken.None));
        Assert.True(await claims.TryClaimAsync("telegram:2:100", CancellationToken.None));
    }

    [Fact]
    public async Task TryClaim_AfterTheClaimsAreKept_ForgottenAndClaimableAgain()
    {
        var claims = new LocalWorkClaims(_clock);
        Assert.True(await claims.TryClaimAsync("a", CancellationToken.None));
        _clock.Advance(IWorkClaims.Kept - TimeSpan.FromMinutes(1));
        Assert.True(await claims.TryClaimAsync("b", CancellationToken.None));
        Assert.False(await claims.TryClaimAsync("a", CancellationToken.None)); // still within the day Telegram re-sends for

        _clock.Advance(TimeSpan.FromMinutes(1));

        Assert.True(await claims.TryClaimAsync("a", CancellationToken.None));
        Assert.False(await claims.TryClaimAsync("b", CancellationToken.None));
    }
}
