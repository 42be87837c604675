namespace CommunityBot.Core.Engagement;

/// <summary>Each community's topic vocabulary for the interest score: the tags and synonyms of its own catalog.</summary>
public interface ICommunityTopics
{
    Task<TopicVocabulary> ForAsync(string community, CancellationToken ct);
}

/// <summary>A community's topic matcher and a version that changes whenever its catalog does (a kept score state built with another version is rebuilt).</summary>
public sealed record TopicVocabulary(ITopicMatcher Matcher, string Version);
