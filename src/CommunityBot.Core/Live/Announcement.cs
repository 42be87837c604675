using CommunityBot.Core.Commands;

namespace CommunityBot.Core.Live;

/// <summary>
/// One thing to announce: a line of its own, the (safe) name it is about, and a footer shared by the batch it ends up
/// in (the last one wins).
/// </summary>
public sealed record Announcement(string Line, string? Name = null, string? Footer = null);

/// <summary>A kind of announcement: how long a channel waits between two of them, and how a batch becomes one message.</summary>
public interface IAnnouncementKind
{
    string Name { get; }

    /// <summary>At most one message of this kind per channel per gap; what arrives meanwhile is sent as one batch.</summary>
    TimeSpan Gap { get; }

    Reply Compose(IReadOnlyList<Announcement> batch);
}
