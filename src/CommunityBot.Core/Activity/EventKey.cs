using System.Globalization;

namespace CommunityBot.Core.Activity;

/// <summary>
/// The natural key that makes re-delivery harmless: the same platform action always maps to the same key,
/// so importing an export twice or replaying an update stores it once.
/// </summary>
public static class EventKey
{
    public static string For(ActivityEvent e)
    {
        var ts = e.At.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
        var prefix = $"{e.Platform}|{e.Community}|";
        return e.Kind switch
        {
            EventKind.Message => prefix + "m|" + e.MessageId,
            EventKind.Edit => prefix + "e|" + e.MessageId + "|" + (e.Nonce ?? ts),
            EventKind.Delete => prefix + "d|" + e.MessageId,
            EventKind.ReactionAdded => prefix + "r+|" + e.MessageId + "|" + e.User + "|" + e.Emoji + "|" + ts,
            EventKind.ReactionRemoved => prefix + "r-|" + e.MessageId + "|" + e.User + "|" + e.Emoji + "|" + ts,
            EventKind.Join => prefix + "j|" + e.User + "|" + ts,
            EventKind.Leave => prefix + "l|" + e.User + "|" + ts,
            EventKind.CommandUsed => prefix + "c|" + e.User + "|" + (e.Nonce ?? ts),
            EventKind.RecommendationShown => prefix + "rs|" + e.User + "|" + e.Course + "|" + (e.Nonce ?? ts),
            EventKind.RecommendationClicked => prefix + "rc|" + e.User + "|" + e.Course + "|" + (e.Nonce ?? ts),
            EventKind.RecommendationFeedback => prefix + "rf|" + e.User + "|" + e.Course + "|" + e.Detail + "|" + (e.Nonce ?? ts),
            EventKind.CourseEnrolled => prefix + "ce|" + e.User + "|" + e.Course,
            EventKind.XpAdjusted => prefix + "xp|" + e.User + "|" + (e.Nonce ?? ts),
            _ => throw new ArgumentOutOfRangeException(nameof(e), e.Kind, "Unknown event kind"),
        };
    }
}
