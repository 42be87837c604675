using CommunityBot.Core.Engagement;

namespace CommunityBot.Core.Recommendations.Profiles;

/// <summary>
/// What the recommender keeps about one member of one community, updated event by event and stored between runs:
/// interest per tag with the words behind it, activity, and what the member did with each course. Decayed sums are
/// kept against the profile's own reference time (see <see cref="DecayReference"/>), so reading them as of any moment is one
/// multiplication; the reference moves forward before the exponents grow unsafe.
/// </summary>
public sealed class MemberProfile(string community, string user)
{
    public string Community { get; } = community;

    public string User { get; } = user;

    /// <summary>The latest display name the member was seen with.</summary>
    public string? Name { get; set; }

    public DateTimeOffset FirstSeen { get; set; } = DateTimeOffset.MaxValue;

    /// <summary>The time the decayed sums are stored against (UTC ticks); set by the first event, moved by <see cref="Rebase"/>.</summary>
    public long? ReferenceTicks { get; set; }

    /// <summary>Per normalized tag: Σ type weight · 2^((t − ref)/h) over topical messages, reactions and course interactions.</summary>
    public Dictionary<string, Evidence> Interests { get; } = new(StringComparer.Ordinal);

    /// <summary>Per tag, the words the member used for it, weighted like <see cref="Interests"/> (for explanations).</summary>
    public Dictionary<string, Dictionary<string, Evidence>> Terms { get; } = new(StringComparer.Ordinal);

    /// <summary>Σ type weight · 2^((t − ref)/h) over every message and reaction: the stand-in for U before the first score.</summary>
    public double Activity { get; set; }

    /// <summary>Per catalog course id, what the member did with it.</summary>
    public Dictionary<string, CourseHistory> Courses { get; } = new(StringComparer.Ordinal);

    /// <summary>When the member last got an unsolicited recommendation (digest).</summary>
    public DateTimeOffset? LastUnsolicited { get; set; }

    /// <summary>The weight 2^((t − ref)/h) of an event at <paramref name="at"/>, moving the reference up first when it lies too far behind.</summary>
    public double Weight(DateTimeOffset at, double halfLifeDays)
    {
        var reference = new DecayReference(ReferenceTicks ??= at.UtcTicks, halfLifeDays);
        if (at.UtcTicks > reference.ReferenceTicks && !reference.Covers(at.UtcTicks))
        {
            Rebase(reference, at.UtcTicks);
            reference = new DecayReference(at.UtcTicks, halfLifeDays);
        }
        return reference.Weight(at.UtcTicks);
    }

    /// <summary>The factor that turns the stored sums into values as of <paramref name="now"/>.</summary>
    public double ScaleAt(DateTimeOffset now, double halfLifeDays) =>
        ReferenceTicks is { } reference ? new DecayReference(reference, halfLifeDays).ScaleAt(now.UtcTicks) : 0;

    /// <summary>log2 of the activity's value at the epoch, comparable between profiles (see <see cref="DecayReference.Log2AtEpoch"/>).</summary>
    public double ActivityLog2AtEpoch(double halfLifeDays) => new DecayReference(ReferenceTicks ?? 0, halfLifeDays).Log2AtEpoch(Activity);

    public CourseHistory Course(string id)
    {
        if (!Courses.TryGetValue(id, out var history))
        {
            Courses[id] = history = new CourseHistory();
        }
        return history;
    }

    private void Rebase(DecayReference from, long referenceTicks)
    {
        var factor = from.ScaleAt(referenceTicks);
        ReferenceTicks = referenceTicks;
        Activity *= factor;
        foreach (var tag in Interests.Keys.ToList())
        {
            Interests[tag] = Interests[tag] with { Sum = Interests[tag].Sum * factor };
        }
        foreach (var terms in Terms.Values)
        {
            foreach (var term in terms.Keys.ToList())
            {
                terms[term] = terms[term] with { Sum = terms[term].Sum * factor };
            }
        }
    }

    /// <summary>Adds (or with a negative <paramref name="sign"/> withdraws) one source's evidence for a tag.</summary>
    public void AddInterest(string tag, double weight, int sign = 1) => Interests.Change(tag, weight, sign);

    public void AddTerm(string tag, string term, double weight, int sign = 1)
    {
        if (!Terms.TryGetValue(tag, out var terms))
        {
            Terms[tag] = terms = new Dictionary<string, Evidence>(StringComparer.Ordinal);
        }
        terms.Change(term, weight, sign);
        if (terms.Count == 0)
        {
            Terms.Remove(tag);
        }
    }
}

/// <summary>
/// A sum of decayed weights and how many sources it holds. Counting the sources lets a withdrawal remove an entry
/// exactly when its last source goes, instead of leaving a rounding residue that would still match courses.
/// </summary>
public readonly record struct Evidence(double Sum, int Sources);

/// <summary>One member's dealings with one course (event times are UTC).</summary>
public sealed class CourseHistory
{
    /// <summary>A recommendation of it was shown to the member (any surface): later clicks, 👍 and enrollments are positives.</summary>
    public bool Shown { get; set; }

    public bool Owned { get; set; }

    /// <summary>The member's latest 👍/👎 on it was 👎.</summary>
    public bool Rejected { get; set; }

    /// <summary>The latest click, 👍 or enrollment: the course counts in the member's collaborative profile.</summary>
    public DateTimeOffset? LastInteracted { get; set; }

    public DateTimeOffset? LastDigestShown { get; set; }

    public DateTimeOffset? LastDismissed { get; set; }
}

internal static class EvidenceExtensions
{
    public static void Change(this Dictionary<string, Evidence> sums, string key, double weight, int sign)
    {
        var current = sums.GetValueOrDefault(key);
        var next = new Evidence(current.Sum + (sign * weight), current.Sources + sign);
        if (next.Sources <= 0)
        {
            sums.Remove(key);
        }
        else
        {
            sums[key] = next;
        }
    }
}
