using CommunityBot.Core.Recommendations.Matching;
using FsCheck;
using FsCheck.Fluent;

namespace CommunityBot.Core.Tests.Recommendations;

public sealed class TagMatcherTests
{
    private static readonly TagMatcher Matcher = TagMatcher.For(
    [
        RecTestData.Course("docker-101", ["docker", "containers"], ["dockerfile", "compose"]),
        RecTestData.Course("k8s-pro", ["kubernetes"], ["k8s"]),
        RecTestData.Course("ml", ["Machine-Learning"], ["scikit-learn"]),
        RecTestData.Course("git-team", ["git"], ["pull request"]),
        RecTestData.Course("csharp", ["c#"], []),
        RecTestData.Course("ml-zh", ["机器学习"], ["深度学习"]),
    ]);

    private static string[] Tags(string text) => Matcher.Match(text).Select(h => h.Tag).Distinct().ToArray();

    [Fact]
    public void Match_CaseAndPunctuation_Ignored() => Assert.Equal(["docker"], Tags("How do I use DOCKER?!"));

    [Fact]
    public void Match_PartOfLongerWord_NotMatched() => Assert.Empty(Tags("we dockerized everything with gitlab"));

    [Fact]
    public void Match_Synonym_MapsToPrimaryTagAndKeepsTerm()
    {
        var hit = Assert.Single(Matcher.Match("my k8s cluster is down"));

        Assert.Equal(new TagHit("kubernetes", "k8s"), hit);
    }

    [Fact]
    public void Match_HyphenatedTag_MatchesSpacedAndHyphenatedText()
    {
        Assert.Equal(["machine learning"], Tags("I love machine learning"));
        Assert.Equal(["machine learning"], Tags("MACHINE-LEARNING rocks"));
        Assert.Equal(["machine learning"], Tags("used scikit learn today"));
    }

    [Fact]
    public void Match_MultiWordSynonym_NeedsBothWordsInOrder()
    {
        Assert.Equal(["git"], Tags("please review my Pull-Request"));
        Assert.Empty(Tags("a request to pull"));
    }

    [Fact]
    public void Match_SymbolInTag_MatchesWholeWord()
    {
        Assert.Equal(["c#"], Tags("anyone doing C# here?"));
        Assert.Empty(Tags("plan c is fine"));
    }

    [Fact]
    public void Match_ChineseTag_MatchesInsideSentenceWithoutSpaces()
    {
        Assert.Equal(["机器学习"], Tags("我最近在学习机器学习，有推荐吗？"));
        Assert.Equal(["机器学习"], Tags("深度学习太难了"));
    }

    [Fact]
    public void Match_LatinTagInsideChineseText_Matches() => Assert.Equal(["docker"], Tags("我用Docker部署服务"));

    [Fact]
    public void Match_SeveralTermsOfOneTag_EachTermReportedOnce() => Assert.Equal(
        [new TagHit("docker", "docker"), new TagHit("docker", "compose"), new TagHit("docker", "dockerfile")],
        Matcher.Match("docker compose and a dockerfile, docker again"));

    [Fact]
    public void Match_EmptyOrNull_NoHits()
    {
        Assert.Empty(Matcher.Match(null));
        Assert.Empty(Matcher.Match("🙂👍"));
    }

    [Fact]
    public void Match_AsciiText_SameAsTheUnicodePath()
    {
        // ASCII text takes a path of its own; one non-ASCII word at the end sends the same text down the Unicode one.
        var pieces = new[] { "docker", "DOCKER", "Pull", "request", "pull-request", "c#", "c", "#", "c++", "k8s", "machine", "Learning",
            "scikit", "learn", "+", "-", "?!", "  ", "\t", "42", "dockerized", "compose,", "git" };
        Prop.ForAll(Gen.ListOf(Gen.Elements(pieces)).Select(p => string.Concat(p.Select((x, i) => i % 3 == 0 ? x : " " + x))).ToArbitrary(), text =>
        {
            var unicode = Matcher.Match(text + " é");
            Assert.Equal(unicode, Matcher.Match(text));
            Assert.Equal(unicode.Count > 0, Matcher.IsTopical(text));
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(1000));
        Assert.True(Matcher.IsTopical(string.Join(' ', Enumerable.Repeat("word", 400)) + " Docker")); // past the stack buffers
    }

    [Fact]
    public void Key_NormalizesWidthCaseAndPunctuation() => Assert.Equal("machine learning", TextNormalizer.Key("Ｍachine_Learning!"));
}
