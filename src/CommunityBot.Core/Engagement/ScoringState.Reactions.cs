using CommunityBot.Core.Activity;

namespace CommunityBot.Core.Engagement;

internal sealed partial class ScoringState
{
    private readonly Dictionary<string, MessageReactions> _reactions = new(StringComparer.Ordinal);
    private readonly List<MessageReactions> _dirtyReactions = [];
    private readonly List<(MemberState Reactor, long Ticks, bool Thanks)> _byReactorScratch = [];

    private void ObserveReaction(ActivityEvent e, MemberState reactor, bool added)
    {
        if (e.MessageId is null || (added && IsTooYoung(e, reactor)))
        {
            return;
        }
        var reactions = ReactionsOf(e.MessageId);
        var emoji = _shared.Of(e.Emoji ?? "");
        var (index, reactedBefore) = Find(reactions.Current, reactor, emoji);
        if (added && index < 0)
        {
            if (!reactedBefore)
            {
                reactor.ReactedTo.Add(reactions);
            }
            reactions.Add(reactor, emoji, e.At.UtcTicks);
            _expiry.Enqueue((e.At.UtcTicks, reactions));
            MarkDirty(reactions);
        }
        else if (!added && index >= 0)
        {
            reactions.RemoveAt(index);
            MarkDirty(reactions);
        }
    }

    /// <summary>The position of <paramref name="reactor"/>'s <paramref name="emoji"/> (-1 when absent), and whether they have any reaction there.</summary>
    private static (int Index, bool ReactorFound) Find(ReadOnlySpan<(MemberState Reactor, string Emoji, long Ticks)> current, MemberState reactor, string emoji)
    {
        var found = false;
        for (var i = 0; i < current.Length; i++)
        {
            if (current[i].Reactor == reactor)
            {
                if (current[i].Emoji == emoji)
                {
                    return (i, true);
                }
                found = true;
            }
        }
        return (-1, found);
    }

    /// <summary>Fresh accounts made to farm reactions: ignored when the community set a minimum account age.</summary>
    private bool IsTooYoung(ActivityEvent e, MemberState reactor) =>
        _p.MinReactorAccountDays > 0
        && e.At - AccountAge.CreatedAt(e.Platform, reactor.User, reactor.FirstSeen) < TimeSpan.FromDays(_p.MinReactorAccountDays);

    /// <summary>Discord's REMOVE_ALL / REMOVE_EMOJI name no member: every reaction (with that emoji) of the message goes.</summary>
    private void ObserveRemoveAll(ActivityEvent e)
    {
        if (e.MessageId is not null && _reactions.TryGetValue(e.MessageId, out var reactions)
            && reactions.RemoveEmoji(e.Emoji))
        {
            MarkDirty(reactions);
        }
    }

    private MessageReactions ReactionsOf(string messageId)
    {
        if (!_reactions.TryGetValue(messageId, out var reactions))
        {
            var message = _messages.GetValueOrDefault(messageId);
            reactions = new MessageReactions(message?.Id ?? messageId) { Message = message };
            _reactions[reactions.MessageId] = reactions;
            if (message is not null)
            {
                message.Reactions = reactions;
            }
        }
        return reactions;
    }

    private void MarkDirty(MessageReactions reactions)
    {
        if (!reactions.Dirty)
        {
            reactions.Dirty = true;
            _dirtyReactions.Add(reactions);
        }
    }

    private void ReapplyDirtyReactions()
    {
        foreach (var reactions in _dirtyReactions)
        {
            reactions.Dirty = false;
            Withdraw(reactions);
            Credit(reactions);
        }
        var reapplied = _dirtyReactions.Count;
        _dirtyReactions.Clear();
        if (reapplied > KeptScratchCapacity)
        {
            _dirtyReactions.TrimExcess();
        }
    }

    /// <summary>
    /// Reactions given count once per (message, reactor) for R, at the reactor's earliest current reaction; reactions
    /// received count per message from distinct other members, the first ones (the cap) in the window for C;
    /// 🙏/✅ are thanks; self-reactions and reactions on deleted messages count for nobody.
    /// </summary>
    private void Credit(MessageReactions reactions)
    {
        var message = reactions.Message;
        if (message is { Deleted: true } || reactions.Current.IsEmpty)
        {
            reactions.Applied = [];
            return;
        }
        var byReactor = ByReactorInTimeOrder(reactions.Current, message?.Author);
        var applied = new AppliedReaction[byReactor.Count];
        var counted = 0;
        var i = 0;
        foreach (var (reactor, ticks, thanks) in byReactor)
        {
            var inWindow = InWindow(ticks);
            var topical = message?.Topical == true;
            var gave = (inWindow ? ReactionCredit.InWindow : 0) | (topical ? ReactionCredit.Topical : 0);
            if (inWindow)
            {
                reactor.AddReactionGiven(1);
                reactor.AddAction(GivenRef(ticks), topical, ticks, 1);
            }
            if (message?.Author is { } author)
            {
                gave |= ReactionCredit.ToAuthor;
                author.AddPoints(_p.ReactionReceivedPoints, _days.KeyOf(ticks));
                if (inWindow)
                {
                    var valued = counted++ < _p.ReactionCapPerMessage;
                    gave |= valued ? ReactionCredit.Valued : 0;
                    author.AddReactionReceived(valued ? Weight(ticks) : 0, 1);
                    if (thanks)
                    {
                        gave |= ReactionCredit.Thanks;
                        author.AddThanks(1);
                    }
                }
            }
            applied[i++] = new AppliedReaction(reactor, ticks, gave);
        }
        reactions.Applied = applied;
    }

    /// <summary>
    /// One entry per reactor other than the author, at their earliest reaction, thanks when any of theirs is, in time
    /// order (ties in the order reacted). A scratch list reused across messages: a full score credits millions.
    /// </summary>
    private List<(MemberState Reactor, long Ticks, bool Thanks)> ByReactorInTimeOrder(
        ReadOnlySpan<(MemberState Reactor, string Emoji, long Ticks)> current, MemberState? author)
    {
        var byReactor = _byReactorScratch;
        byReactor.Clear();
        foreach (var (reactor, emoji, ticks) in current)
        {
            if (reactor == author)
            {
                continue;
            }
            var thanks = TextFeatures.IsThanksEmoji(emoji);
            var seen = byReactor.Count - 1;
            while (seen >= 0 && byReactor[seen].Reactor != reactor)
            {
                seen--;
            }
            if (seen < 0)
            {
                byReactor.Add((reactor, ticks, thanks));
            }
            else
            {
                var earlier = byReactor[seen];
                byReactor[seen] = (reactor, Math.Min(earlier.Ticks, ticks), earlier.Thanks || thanks);
            }
        }
        for (var k = 1; k < byReactor.Count; k++) // insertion sort: stable, and the lists are short
        {
            var item = byReactor[k];
            var j = k - 1;
            for (; j >= 0 && byReactor[j].Ticks > item.Ticks; j--)
            {
                byReactor[j + 1] = byReactor[j];
            }
            byReactor[j + 1] = item;
        }
        return byReactor;
    }

    private void Withdraw(MessageReactions reactions)
    {
        foreach (var (reactor, ticks, gave) in reactions.Applied)
        {
            var inWindow = gave.HasFlag(ReactionCredit.InWindow);
            if (inWindow)
            {
                reactor.AddReactionGiven(-1);
                reactor.AddAction(GivenRef(ticks), gave.HasFlag(ReactionCredit.Topical), ticks, -1);
            }
            if (!gave.HasFlag(ReactionCredit.ToAuthor))
            {
                continue;
            }
            var author = reactions.Message!.Author;
            author.AddPoints(_p.ReactionReceivedPoints, _days.KeyOf(ticks), -1);
            if (inWindow)
            {
                author.AddReactionReceived(gave.HasFlag(ReactionCredit.Valued) ? Weight(ticks) : 0, -1);
                if (gave.HasFlag(ReactionCredit.Thanks))
                {
                    author.AddThanks(-1);
                }
            }
        }
        reactions.Applied = [];
    }

    /// <summary>What a reaction given in the window adds to R (a quarter of a message).</summary>
    private double GivenRef(long ticks) => 0.25 * Weight(ticks);
}
