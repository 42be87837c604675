namespace CommunityBot.Core.Engagement;

/// <summary>Decides whether a text is about one of the catalog's topics (a tag or synonym), for the interest score I_i.</summary>
public interface ITopicMatcher
{
    bool IsTopical(string text);
}
