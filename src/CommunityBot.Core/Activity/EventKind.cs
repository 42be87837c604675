namespace CommunityBot.Core.Activity;

public enum EventKind
{
    Message,
    Edit,
    Delete,
    ReactionAdded,
    ReactionRemoved,
    Join,
    Leave,
    CommandUsed,
    RecommendationShown,
    RecommendationClicked,
    RecommendationFeedback,
    CourseEnrolled,
    XpAdjusted,
}
