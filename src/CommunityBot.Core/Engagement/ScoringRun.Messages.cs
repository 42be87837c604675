using CommunityBot.Core.Activity;

namespace CommunityBot.Core.Engagement;

internal sealed partial class ScoringRun
{
    private void ObserveMessage(ActivityEvent e)
    {
        if (e.MessageId is null || _messages.ContainsKey(e.MessageId))
        {
            return;
        }
        _messages[e.MessageId] = new TrackedMessage(e.MessageId, e.User, e.Channel, e.At)
        {
            ReplyTo = e.ReplyTo,
            Text = e.Text,
            Mentions = e.Mentions,
            ThreadStart = e.ThreadStart,
        };
    }

    private void ObserveEdit(ActivityEvent e)
    {
        if (e.MessageId is not null && e.Text is not null && _messages.TryGetValue(e.MessageId, out var message))
        {
            message.Text = e.Text;
        }
    }

    private void ObserveDelete(ActivityEvent e)
    {
        if (e.MessageId is not null && _messages.TryGetValue(e.MessageId, out var message))
        {
            message.Deleted = true;
        }
    }

    /// <summary>
    /// Anti-farming and points, in time order over the messages that still exist: a burst in one channel within
    /// the cooldown counts once, an exact repeat of the member's previous message counts 0, a short one 0.25;
    /// a message earns points at most once per cooldown per member.
    /// </summary>
    private void ScoreMessages()
    {
        var cooldown = TimeSpan.FromSeconds(_p.CooldownSeconds);
        var lastCounted = new Dictionary<(string, string), DateTimeOffset>();
        var lastAwarded = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        var lastText = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var m in _messages.Values)
        {
            if (m.Deleted)
            {
                continue;
            }
            var text = TextFeatures.Normalize(m.Text);
            var repeat = text.Length > 0 && lastText.TryGetValue(m.Author, out var previous) && previous == text;
            lastText[m.Author] = text;
            var key = (m.Author, m.Channel);
            var burst = lastCounted.TryGetValue(key, out var last) && m.At - last < cooldown;
            m.Factor = repeat || burst ? 0 : TextFeatures.LettersAndDigits(m.Text) < _p.ShortMessageLetters ? _p.ShortMessageFactor : 1;
            if (!burst && !repeat)
            {
                lastCounted[key] = m.At;
            }
            m.Topical = m.Text is { Length: > 0 } && topics.IsTopical(m.Text);
            if (m.Factor > 0 && (!lastAwarded.TryGetValue(m.Author, out var awarded) || m.At - awarded >= cooldown))
            {
                lastAwarded[m.Author] = m.At;
                _members[m.Author].AddPoints(MessagePoints.For(m.Id, _p.MessagePointsMin, _p.MessagePointsMax), m.At, _zone);
            }
            CreditMessage(m);
        }
    }

    private void CreditMessage(TrackedMessage m)
    {
        var author = _members[m.Author];
        if (InWindow(m.At) && m.Factor > 0)
        {
            author.Messages++;
            author.AddAction(m.TypeWeight * m.Factor * Decay(m.At), m.Topical, m.At);
        }
        if (m.Factor <= 0)
        {
            return; // a farmed message earns its target nothing either
        }
        if (m.ReplyTo is not null && _messages.TryGetValue(m.ReplyTo, out var target) && !target.Deleted
            && target.Author != m.Author)
        {
            var recipient = _members[target.Author];
            recipient.AddPoints(_p.ReplyReceivedPoints, m.At, _zone);
            if (InWindow(m.At))
            {
                recipient.RepliesReceived++;
                recipient.ContentRaw += 2 * Decay(m.At);
            }
        }
        if (InWindow(m.At) && TextFeatures.SaysThanks(m.Text))
        {
            CreditThanks(m);
        }
    }

    private void CreditThanks(TrackedMessage m)
    {
        var thanked = new HashSet<string>(m.Mentions, StringComparer.Ordinal);
        if (m.ReplyTo is not null && _messages.TryGetValue(m.ReplyTo, out var target))
        {
            thanked.Add(target.Author);
        }
        thanked.Remove(m.Author);
        foreach (var user in thanked)
        {
            if (_members.TryGetValue(user, out var member))
            {
                member.Thanks++;
                member.ContentRaw += 3;
            }
        }
    }
}
