using CommunityBot.Core.Engagement;
using FsCheck;
using FsCheck.Fluent;

namespace CommunityBot.Core.Tests.Engagement;

public sealed class TextFeaturesTests
{
    [Theory]
    [InlineData("Thanks a lot!", true)]
    [InlineData("THANK YOU", true)]
    [InlineData("ok ty", true)] // "ty" ending the text is a word
    [InlineData("typescript rocks", false)]
    [InlineData("Спасибо большое", true)]
    [InlineData("谢谢", true)]
    [InlineData("no gratitude here", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void SaysThanks_FindsAThanksWordInAnyCase(string? text, bool expected) => Assert.Equal(expected, TextFeatures.SaysThanks(text));

    [Fact]
    public void SaysThanks_SameAsLowerCasingTheWholeText()
    {
        // The rule as first written, a lower-cased copy of the text plus a space searched for each word; the scorer
        // now lower-cases into a buffer, and past 512 characters into a pooled one.
        string[] words = ["thanks", "thank you", "thx", "ty ", "спасибо", "danke", "merci", "gracias", "obrigado", "谢谢"];
        static bool Reference(string text, string[] words)
        {
            var lower = text.ToLowerInvariant() + " ";
            return words.Any(w => lower.Contains(w, StringComparison.Ordinal));
        }
        var pieces = new[] { "THX", "Ty", "t", "y", "type", "Thank", "YOU", "Danke!", "MERCI", "Спасибо", "İ", "ß", " ", "\n", "ok", "谢", "谢谢", "é" };
        Prop.ForAll(Gen.ListOf(Gen.Elements(pieces)).Select(string.Concat).ToArbitrary(), text =>
            Assert.Equal(Reference(text, words), TextFeatures.SaysThanks(text))).Check(Config.QuickThrowOnFailure.WithMaxTest(2000));
        var longText = string.Concat(Enumerable.Repeat("word ", 200));
        Assert.False(TextFeatures.SaysThanks(longText));
        Assert.True(TextFeatures.SaysThanks(longText + "THANKS"));
        Assert.True(TextFeatures.SaysThanks(longText + "ty"));
    }
}
