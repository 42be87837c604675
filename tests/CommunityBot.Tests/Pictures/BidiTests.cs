using CommunityBot.Pictures;

namespace CommunityBot.Tests.Pictures;

/// <summary>The bidi algorithm on lines a card draws; expected orders follow UAX #9's rules by hand (Hebrew letters keep the checks readable).</summary>
public sealed class BidiTests
{
    [Theory]
    [InlineData("car means רכב.", "car means בכר.")] // a right-to-left word inside a left-to-right line
    [InlineData("רכב means car.", ".means car בכר")] // a left-to-right phrase inside a right-to-left line; the period ends it on the left
    [InlineData("אבג 123", "123 גבא")] // digits keep their order on the left of a right-to-left name
    [InlineData("אבג 1,234.5 דה", "הד 1,234.5 גבא")] // separators inside a number stay with it (W4)
    [InlineData("אבג 50% דה", "הד 50% גבא")] // a terminator belongs to its number (W5)
    [InlineData("Anna سارة 7", "Anna 7 ةراس")] // digits after Arabic letters are Arabic numbers (W2), shown after the name
    [InlineData("Zoë 🎉", "Zoë 🎉")]
    [InlineData("אבג 🎉", "🎉 גבא")] // a neutral after right-to-left text in a right-to-left line goes to its left (N1)
    [InlineData("abc (אבג) def", "abc (גבא) def")] // brackets between left-to-right words stay left-to-right (N1)
    [InlineData("123", "123")]
    [InlineData("", "")]
    public void Reorder_GivesTheDisplayOrder(string logical, string visual) => Assert.Equal(visual, Bidi.Reorder(logical));

    [Theory]
    [InlineData("محمد", 1)]
    [InlineData("123 محمد", 1)] // digits are weak: the first strong letter decides
    [InlineData("Zoë محمد", 0)]
    [InlineData("🎉", 0)]
    public void ParagraphLevel_IsTheFirstStrongLettersDirection(string text, int level) => Assert.Equal(level, Bidi.ParagraphLevel(text));

    [Fact]
    public void Levels_TrailingSpaceOfARightToLeftWordInALeftToRightLine_GoesBackToTheParagraph()
    {
        var levels = Bidi.Levels("ab אב ");

        Assert.Equal([0, 0, 0, 1, 1, 0], levels.Select(l => (int)l));
    }

    [Fact]
    public void VisualOrder_ReversesFromTheHighestLevelDown()
    {
        Assert.Equal([0, 3, 2, 1], Bidi.VisualOrder([0, 1, 1, 1]));
        Assert.Equal([2, 1, 0], Bidi.VisualOrder([1, 2, 1]));
        Assert.Equal([0, 1, 3, 4, 2], Bidi.VisualOrder([0, 0, 1, 2, 2])); // a number (level 2) inside a right-to-left word keeps its order
    }
}
