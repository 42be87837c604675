using CommunityBot.Core.Activity;

namespace CommunityBot.Core.Engagement;

internal sealed partial class ScoringRun
{
    /// <summary>Current reactions: (message, reactor, emoji) → when it was (last) added. Removal deletes it, so toggling farms nothing.</summary>
    private readonly Dictionary<(string Message, string Reactor, string Emoji), DateTimeOffset> _reactions = [];

    private void ObserveReaction(ActivityEvent e, bool added)
    {
        if (e.MessageId is null)
        {
            return;
        }
        var key = (e.MessageId, e.User, e.Emoji ?? "");
        if (!added && e.User == ActivityEvent.AllUsers)
        {
            // Discord's REMOVE_ALL / REMOVE_EMOJI name no member: every reaction (with that emoji) of the message goes.
            _reactions.Keys.Where(k => k.Message == e.MessageId && (e.Emoji is null || k.Emoji == e.Emoji)).ToList()
                .ForEach(k => _reactions.Remove(k));
        }
        else if (added)
        {
            _reactions.TryAdd(key, e.At);
        }
        else
        {
            _reactions.Remove(key);
        }
    }

    /// <summary>
    /// Reactions given count once per (message, reactor) for R; reactions received count per message from distinct
    /// other members, capped for C; self-reactions count for nobody; reactions on deleted messages count for nobody.
    /// </summary>
    private void ScoreReactions()
    {
        var byMessage = new Dictionary<string, Dictionary<string, (DateTimeOffset At, bool Thanks)>>(StringComparer.Ordinal);
        foreach (var ((messageId, reactor, emoji), at) in _reactions)
        {
            var message = _messages.GetValueOrDefault(messageId);
            if (message is { Deleted: true } || message?.Author == reactor)
            {
                continue;
            }
            if (!byMessage.TryGetValue(messageId, out var reactors))
            {
                byMessage[messageId] = reactors = new Dictionary<string, (DateTimeOffset, bool)>(StringComparer.Ordinal);
            }
            var thanks = TextFeatures.IsThanksEmoji(emoji);
            reactors[reactor] = reactors.TryGetValue(reactor, out var seen)
                ? (seen.At < at ? seen.At : at, seen.Thanks || thanks)
                : (at, thanks);
        }
        foreach (var (messageId, reactors) in byMessage)
        {
            var message = _messages.GetValueOrDefault(messageId);
            foreach (var (reactor, (at, _)) in reactors)
            {
                CreditReactionGiven(reactor, at, message?.Topical == true);
            }
            if (message is not null)
            {
                CreditReactionsReceived(message, reactors);
            }
        }
    }

    private void CreditReactionGiven(string reactor, DateTimeOffset at, bool topical)
    {
        if (InWindow(at) && _members.TryGetValue(reactor, out var member))
        {
            member.ReactionsGiven++;
            member.AddAction(0.25 * Decay(at), topical, at);
        }
    }

    private void CreditReactionsReceived(TrackedMessage message, Dictionary<string, (DateTimeOffset At, bool Thanks)> reactors)
    {
        var author = _members[message.Author];
        var counted = 0;
        foreach (var (at, thanks) in reactors.Values.OrderBy(r => r.At))
        {
            author.AddPoints(_p.ReactionReceivedPoints, at, _zone);
            if (!InWindow(at))
            {
                continue;
            }
            author.ReactionsReceived++;
            if (counted < _p.ReactionCapPerMessage)
            {
                author.ContentRaw += Decay(at);
                counted++;
            }
            if (thanks)
            {
                author.Thanks++;
                author.ContentRaw += 3;
            }
        }
    }
}
