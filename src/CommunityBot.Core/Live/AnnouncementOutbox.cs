using CommunityBot.Core.Platform;
using Microsoft.Extensions.Logging;

namespace CommunityBot.Core.Live;

/// <summary>
/// What the bot posts on its own, paced per channel and kind: the first announcement goes out at once, what follows
/// within the kind's gap is batched into one message. A post the platform refuses is logged and dropped (never
/// retried in a loop: a deleted channel must not block the others).
/// </summary>
public sealed partial class AnnouncementOutbox(ChatPlatforms platforms, LiveSignal signal, TimeProvider clock, ILogger<AnnouncementOutbox> logger)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<(ChannelRef To, string Kind), Pending> _pending = [];

    public void Post(ChannelRef to, IAnnouncementKind kind, Announcement item)
    {
        lock (_gate)
        {
            if (!_pending.TryGetValue((to, kind.Name), out var pending))
            {
                _pending[(to, kind.Name)] = pending = new Pending(kind);
            }
            pending.Items.Add(item);
        }
        signal.Pulse();
    }

    /// <summary>When the next held batch becomes due; null when nothing waits.</summary>
    public DateTimeOffset? NextDue
    {
        get
        {
            lock (_gate)
            {
                return _pending.Values.Where(p => p.Items.Count > 0).Select(p => (DateTimeOffset?)p.DueAt).Min();
            }
        }
    }

    /// <summary>Sends every batch whose channel's gap has passed; returns how many messages went out.</summary>
    public async Task<int> SendDueAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        List<(ChannelRef To, IAnnouncementKind Kind, List<Announcement> Batch)> due = [];
        lock (_gate)
        {
            foreach (var ((to, _), pending) in _pending)
            {
                if (pending.Items.Count > 0 && pending.DueAt <= now)
                {
                    due.Add((to, pending.Kind, [.. pending.Items]));
                    pending.Items.Clear();
                    pending.LastSent = now;
                }
            }
        }
        var sent = 0;
        foreach (var (to, kind, batch) in due)
        {
            try
            {
                await platforms.SendAsync(to, kind.Compose(batch), ct);
                sent++;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogRefused(logger, ex, kind.Name, to.Platform, to.Channel, to.Community);
            }
        }
        return sent;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A {Kind} announcement to {Platform} channel {Channel} of community {Community} was refused; dropped")]
    private static partial void LogRefused(ILogger logger, Exception ex, string kind, string platform, string channel, string community);

    private sealed class Pending(IAnnouncementKind kind)
    {
        public IAnnouncementKind Kind { get; } = kind;
        public List<Announcement> Items { get; } = [];
        public DateTimeOffset LastSent { get; set; } = DateTimeOffset.MinValue;
        public DateTimeOffset DueAt => LastSent == DateTimeOffset.MinValue ? LastSent : LastSent + Kind.Gap;
    }
}
