using CommunityBot.Core.Activity;

namespace CommunityBot.Core.Engagement;

internal sealed partial class ScoringState
{
    private readonly Dictionary<string, ScoredMessage> _messages = new(StringComparer.Ordinal);
    /// <summary>Replies whose target has not been seen yet, by the target's id.</summary>
    private readonly Dictionary<string, List<ScoredMessage>> _awaitingTarget = new(StringComparer.Ordinal);
    /// <summary>Thanks that mention someone not yet known, by that user.</summary>
    private readonly Dictionary<string, List<ScoredMessage>> _awaitingMember = new(StringComparer.Ordinal);
    /// <summary>Authors whose messages must be judged again: the positions of the messages that changed (or are new).</summary>
    private readonly Dictionary<MemberState, List<int>> _dirtyAuthors = [];
    private readonly HashSet<ScoredMessage> _dirtyMessages = [];
    /// <summary>Scratch for <see cref="Judge"/>: the last counted message's time per channel.</summary>
    private readonly Dictionary<string, long> _lastCountedScratch = new(StringComparer.Ordinal);

    private void ObserveMessage(ActivityEvent e, MemberState author)
    {
        if (e.MessageId is null || _messages.ContainsKey(e.MessageId))
        {
            return;
        }
        var replyTarget = e.ReplyTo is not null ? _messages.GetValueOrDefault(e.ReplyTo) : null;
        var message = new ScoredMessage(e.MessageId, author, _shared.Of(e.Channel), e.At.UtcTicks, author.Authored.Count)
        {
            IsReply = e.ReplyTo is not null,
            ThreadStart = e.ThreadStart,
            Mentions = e.Mentions,
            Points = MessagePoints.For(e.MessageId, _p.MessagePointsMin, _p.MessagePointsMax),
        };
        SetText(message, e.Text);
        author.Authored.Add(message);
        _messages[message.Id] = message;
        if (replyTarget is not null)
        {
            Link(message, replyTarget);
        }
        else if (e.ReplyTo is not null)
        {
            Await(_awaitingTarget, e.ReplyTo, message);
        }
        if (_awaitingTarget.Remove(message.Id, out var replies))
        {
            foreach (var reply in replies)
            {
                Link(reply, message);
                _dirtyMessages.Add(reply);
            }
        }
        if (_reactions.TryGetValue(message.Id, out var reactions))
        {
            reactions.Message = message;
            message.Reactions = reactions;
            MarkDirty(reactions);
        }
        _expiry.Enqueue((message.Ticks, message));
        MarkAuthorDirty(message);
    }

    private void ObserveEdit(ActivityEvent e)
    {
        if (e.MessageId is not null && e.Text is not null && _messages.TryGetValue(e.MessageId, out var message))
        {
            SetText(message, e.Text);
            MarkAuthorDirty(message);
            if (message.Reactions is not null)
            {
                MarkDirty(message.Reactions); // reactions to a topical message are topical
            }
        }
    }

    private void ObserveDelete(ActivityEvent e)
    {
        if (e.MessageId is null || !_messages.TryGetValue(e.MessageId, out var message) || message.Deleted)
        {
            return;
        }
        message.Deleted = true;
        MarkAuthorDirty(message);
        if (message.Reactions is not null)
        {
            MarkDirty(message.Reactions); // reactions on a deleted message count for nobody
        }
        foreach (var reply in message.Replies ?? [])
        {
            _dirtyMessages.Add(reply); // a reply to a deleted message credits nobody
        }
    }

    private void SetText(ScoredMessage message, string? text)
    {
        message.TextHash = NormalizedTextHash(text);
        message.Short = TextFeatures.LettersAndDigits(text) < _p.ShortMessageLetters;
        message.Topical = text is { Length: > 0 } && topics.IsTopical(text);
        message.SaysThanks = TextFeatures.SaysThanks(text);
    }

    /// <summary>
    /// For the exact-repeat rule: FNV-1a of the text in lower case with its words joined by one space, computed
    /// without building that string; 0 only for an empty text (which never counts as a repeat).
    /// </summary>
    private static ulong NormalizedTextHash(string? text)
    {
        var hash = 14695981039346656037UL;
        var words = 0;
        var inWord = false;
        foreach (var c in text ?? "")
        {
            if (char.IsWhiteSpace(c))
            {
                inWord = false;
                continue;
            }
            if (!inWord && words++ > 0)
            {
                hash = (hash ^ ' ') * 1099511628211UL;
            }
            inWord = true;
            hash = (hash ^ char.ToLowerInvariant(c)) * 1099511628211UL;
        }
        return words == 0 ? 0 : hash == 0 ? 1 : hash;
    }

    private static void Link(ScoredMessage reply, ScoredMessage target)
    {
        reply.ReplyTarget = target;
        (target.Replies ??= []).Add(reply);
    }

    private static void Await(Dictionary<string, List<ScoredMessage>> waiting, string key, ScoredMessage message)
    {
        if (!waiting.TryGetValue(key, out var list))
        {
            waiting[key] = list = [];
        }
        if (!list.Contains(message))
        {
            list.Add(message);
        }
    }

    private void MemberAppeared(string user)
    {
        if (_awaitingMember.Remove(user, out var thanks))
        {
            _dirtyMessages.UnionWith(thanks);
        }
    }

    private void MarkAuthorDirty(ScoredMessage message)
    {
        if (!_dirtyAuthors.TryGetValue(message.Author, out var changed))
        {
            _dirtyAuthors[message.Author] = changed = [];
        }
        changed.Add(message.Index);
    }

    private void JudgeDirtyAuthors()
    {
        foreach (var (author, changed) in _dirtyAuthors)
        {
            changed.Sort();
            var next = 0;
            while (next < changed.Count)
            {
                next = Judge(author, changed, next);
            }
        }
        var judged = _dirtyAuthors.Count;
        _dirtyAuthors.Clear();
        if (judged > KeptScratchCapacity)
        {
            _dirtyAuthors.TrimExcess();
        }
    }

    /// <summary>
    /// Anti-farming and points over one author's messages in time order, from the changed message at <paramref name="next"/>: a burst in
    /// one channel within the cooldown counts once, an exact repeat of the author's previous message counts 0, a
    /// short one the short factor; a message earns points at most once per cooldown. A message's status depends only
    /// on the author's previous message and on what was counted within the cooldown before it, so the walk stops at
    /// the first message past a changed one that no change can reach; the next walk starts at the next changed one.
    /// Returns the position in <paramref name="changed"/> of the first changed message not walked yet.
    /// </summary>
    private int Judge(MemberState author, List<int> changed, int next)
    {
        var list = author.Authored;
        var from = changed[next];
        var forcedTo = from;
        var cooldown = _p.CooldownSeconds * TimeSpan.TicksPerSecond;
        var start = list[from].Ticks;
        var lastCounted = _lastCountedScratch;
        lastCounted.Clear();
        var lastAwarded = long.MinValue;
        ulong previousText = 0;
        var previousIndex = -1;
        for (var j = from - 1; j >= 0; j--)
        {
            var earlier = list[j];
            if (earlier.Deleted)
            {
                continue;
            }
            if (previousIndex < 0)
            {
                (previousText, previousIndex) = (earlier.TextHash, j);
            }
            if (earlier.Ticks <= start - cooldown)
            {
                break; // nothing earlier can be within a cooldown of the walked messages
            }
            if (earlier.Counted)
            {
                lastCounted.TryAdd(earlier.Channel, earlier.Ticks);
            }
            if (earlier.Awarded && lastAwarded == long.MinValue)
            {
                lastAwarded = earlier.Ticks;
            }
        }
        var lastChange = long.MinValue;
        for (var k = from; k < list.Count; k++)
        {
            var m = list[k];
            var forced = next < changed.Count && changed[next] <= k;
            while (next < changed.Count && changed[next] <= k)
            {
                forcedTo = changed[next++];
            }
            if (!forced && previousIndex > forcedTo && (lastChange == long.MinValue || m.Ticks - lastChange >= cooldown))
            {
                return next; // same previous message, nothing changed within a cooldown before it: unchanged up to the next change
            }
            var (factor, counted, awarded) = m.Deleted ? (MessageFactor.Zero, false, false) : JudgeOne(m, previousText, lastCounted, lastAwarded, cooldown);
            var statusChanged = !m.Judged || factor != m.Factor || counted != m.Counted || awarded != m.Awarded;
            (m.Factor, m.Counted, m.Awarded, m.Judged) = (factor, counted, awarded, true);
            if (statusChanged || forced)
            {
                lastChange = m.Ticks;
                _dirtyMessages.Add(m);
            }
            if (m.Deleted)
            {
                continue;
            }
            (previousText, previousIndex) = (m.TextHash, k);
            if (counted)
            {
                lastCounted[m.Channel] = m.Ticks;
            }
            if (awarded)
            {
                lastAwarded = m.Ticks;
            }
        }
        return next;
    }

    private (MessageFactor Factor, bool Counted, bool Awarded) JudgeOne(
        ScoredMessage m, ulong previousText, Dictionary<string, long> lastCounted, long lastAwarded, long cooldown)
    {
        var repeat = m.TextHash != 0 && m.TextHash == previousText;
        var burst = lastCounted.TryGetValue(m.Channel, out var last) && m.Ticks - last < cooldown;
        var factor = repeat || burst ? MessageFactor.Zero : m.Short ? MessageFactor.Short : MessageFactor.Full;
        var awarded = ValueOf(factor) > 0 && (lastAwarded == long.MinValue || m.Ticks - lastAwarded >= cooldown);
        return (factor, !repeat && !burst, awarded);
    }

    private double ValueOf(MessageFactor factor) => factor switch
    {
        MessageFactor.Zero => 0,
        MessageFactor.Short => _p.ShortMessageFactor,
        _ => 1,
    };

    /// <summary>What a message's own action adds to R: its type weight, its factor, its decay weight.</summary>
    private double OwnRef(ScoredMessage m, MessageFactor factor) => m.TypeWeight * ValueOf(factor) * Weight(m.Ticks);

    private void ReapplyDirtyMessages()
    {
        foreach (var message in _dirtyMessages)
        {
            Withdraw(message);
            Credit(message);
        }
        var reapplied = _dirtyMessages.Count;
        _dirtyMessages.Clear();
        if (reapplied > KeptScratchCapacity)
        {
            _dirtyMessages.TrimExcess();
        }
    }

    /// <summary>What a message earns: own action (R, I) and points for its author, a reply for its target's author, thanks.</summary>
    private void Credit(ScoredMessage m)
    {
        if (m.Deleted)
        {
            return;
        }
        var author = m.Author;
        var inWindow = InWindow(m.Ticks);
        var earns = ValueOf(m.Factor) > 0;
        var own = inWindow && earns;
        var day = _days.KeyOf(m.Ticks);
        if (own)
        {
            author.AddMessage(1);
            author.AddAction(OwnRef(m, m.Factor), m.Topical, m.Ticks, 1);
        }
        if (m.Awarded)
        {
            author.AddPoints(m.Points, day);
        }
        var toReplyTarget = false;
        MemberState[] thanked = [];
        if (earns) // a farmed message earns its target nothing either
        {
            var target = m.ReplyTarget;
            if (target is { Deleted: false } && target.Author != author)
            {
                toReplyTarget = true;
                target.Author.AddPoints(_p.ReplyReceivedPoints, day);
                if (inWindow)
                {
                    target.Author.AddReplyReceived(Weight(m.Ticks), 1);
                }
            }
            if (inWindow && m.SaysThanks)
            {
                thanked = Thank(m);
            }
        }
        m.Applied = new AppliedMessageCredit(inWindow, own, m.Factor, m.Topical, m.Awarded, toReplyTarget, thanked);
    }

    private MemberState[] Thank(ScoredMessage m)
    {
        var users = new HashSet<string>(m.Mentions, StringComparer.Ordinal);
        if (m.ReplyTarget is not null)
        {
            users.Add(m.ReplyTarget.Author.User);
        }
        users.Remove(m.Author.User);
        var thanked = new List<MemberState>(users.Count);
        foreach (var user in users)
        {
            if (_members.TryGetValue(user, out var member))
            {
                member.AddThanks(1);
                thanked.Add(member);
            }
            else
            {
                Await(_awaitingMember, user, m); // credited if they turn up
            }
        }
        return [.. thanked];
    }

    private void Withdraw(ScoredMessage m)
    {
        if (m.Applied is not { } applied)
        {
            return;
        }
        m.Applied = null;
        var day = _days.KeyOf(m.Ticks);
        if (applied.Own)
        {
            m.Author.AddMessage(-1);
            m.Author.AddAction(OwnRef(m, applied.OwnFactor), applied.OwnTopical, m.Ticks, -1);
        }
        if (applied.Points)
        {
            m.Author.AddPoints(m.Points, day, -1);
        }
        if (applied.ToReplyTarget)
        {
            var recipient = m.ReplyTarget!.Author; // linked once, never changed
            recipient.AddPoints(_p.ReplyReceivedPoints, day, -1);
            if (applied.InWindow)
            {
                recipient.AddReplyReceived(Weight(m.Ticks), -1);
            }
        }
        foreach (var member in applied.Thanked)
        {
            member.AddThanks(-1);
        }
    }
}
