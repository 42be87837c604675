using CommunityBot.Core.Admin;
using CommunityBot.Core.Commands;
using CommunityBot.Core.Communities;

namespace CommunityBot.Core.Tests.Admin;

public sealed class WeightsParserTests
{
    [Fact]
    public void Apply_NamesAndGreekLetters_SetWeights()
    {
        var w = WeightsParser.Apply(Weights.Default, ["alpha=0", "β=0", "gamma=1"]);
        Assert.Equal((0, 0, 1), (w.Alpha, w.Beta, w.Gamma));
        Assert.Equal(Weights.Default.Delta, w.Delta);
    }

    [Theory]
    [InlineData("alpha=-1", "out of range")]
    [InlineData("alpha=abc", "not a number")]
    [InlineData("omega=1", "Unknown weight")]
    [InlineData("alpha", "not name=value")]
    [InlineData("alpha=NaN", "not a number")]
    public void Apply_BadValue_ThrowsUsageNamingTheProblem(string assignment, string message)
    {
        var ex = Assert.Throws<CommandUsageException>(() => WeightsParser.Apply(Weights.Default, [assignment]));
        Assert.Contains(message, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Apply_AllWeightsOfAModelZero_Refused()
    {
        var ex = Assert.Throws<CommandUsageException>(() => WeightsParser.Apply(Weights.Default, ["alpha=0", "beta=0", "gamma=0"]));
        Assert.Contains("engagement", ex.Message, StringComparison.Ordinal);
    }
}
