using CommunityBot.Core.Commands;

namespace CommunityBot.Core.Tests.Commands;

public sealed class CommandLineTests
{
    [Fact]
    public void Parse_TelegramBotSuffixAndQuotes_AreHandled()
    {
        var (name, args) = CommandLine.Parse("/Schedule@CommunityBot score \"0 0 10 ? * MON\"");
        Assert.Equal("schedule", name);
        Assert.Equal(["score", "0 0 10 ? * MON"], args);
    }

    [Fact]
    public void Parse_TextWithoutSlash_HasNoName()
    {
        Assert.Equal("", CommandLine.Parse("hello /profile").Name);
    }
}
