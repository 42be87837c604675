using CommunityBot.Discord.Gateway.Payloads;

namespace CommunityBot.Discord.Gateway;

/// <summary>
/// What survives a reconnect: the session to resume and the last sequence number whose events are stored.
/// Resuming from the last *stored* number (not the last received) is what makes a drop lose nothing.
/// </summary>
internal sealed class GatewaySession
{
    private long _lastReceived = -1;
    private long _lastStored = -1;
    private int _running;

    public int ShardId { get; init; }

    /// <summary>Shard 0's READY registers the slash commands: one instance of many, always the same one.</summary>
    public bool RegistersCommands => ShardId == 0;

    public string? SessionId { get; private set; }
    public string? ResumeUrl { get; private set; }
    public string? BotUserId { get; private set; }
    public string? ApplicationId { get; private set; }

    public bool CanResume => SessionId is not null && ResumeUrl is not null;

    public long? LastReceived => Read(ref _lastReceived);

    public long? LastStored => Read(ref _lastStored);

    public void Received(long seq) => Interlocked.Exchange(ref _lastReceived, seq);

    public void Stored(long seq) => Interlocked.Exchange(ref _lastStored, seq);

    public void Ready(ReadyData ready)
    {
        SessionId = ready.SessionId;
        ResumeUrl = ready.ResumeGatewayUrl;
        BotUserId = ready.User.Id;
        ApplicationId = ready.Application?.Id ?? ApplicationId;
        Running();
    }

    /// <summary>READY or RESUMED arrived: the connection works, so the reconnect backoff can start over.</summary>
    public void Running() => Interlocked.Exchange(ref _running, 1);

    public bool TakeRunning() => Interlocked.Exchange(ref _running, 0) == 1;

    /// <summary>Forget the session: the next connection identifies afresh and sequence numbers restart.</summary>
    public void Invalidate()
    {
        SessionId = null;
        ResumeUrl = null;
        Interlocked.Exchange(ref _lastReceived, -1);
        Interlocked.Exchange(ref _lastStored, -1);
    }

    private static long? Read(ref long field) => Interlocked.Read(ref field) is var value and >= 0 ? value : null;
}
