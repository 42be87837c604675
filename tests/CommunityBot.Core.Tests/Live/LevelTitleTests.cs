using CommunityBot.Core.Communities;

namespace CommunityBot.Core.Tests.Live;

public sealed class LevelTitleTests
{
    [Theory]
    [InlineData(0, null)]
    [InlineData(1, "Regular")]
    [InlineData(4, "Regular")]
    [InlineData(5, "Helper")]
    [InlineData(19, "Helper")]
    [InlineData(20, "Mentor")]
    [InlineData(99, "Mentor")]
    public void TitleFor_IsTheOneSetForTheHighestLevelAtOrBelow(int level, string? expected)
    {
        // Set out of order: the dictionary's order must not matter.
        var live = new LiveSettings { LevelTitles = new Dictionary<int, string> { [20] = "Mentor", [1] = "Regular", [5] = "Helper" } };
        Assert.Equal(expected, live.TitleFor(level));
    }

    [Fact]
    public void TitleFor_NoneSet_IsNull() => Assert.Null(new LiveSettings().TitleFor(3));
}
