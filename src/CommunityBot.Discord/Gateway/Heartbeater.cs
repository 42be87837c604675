namespace CommunityBot.Discord.Gateway;

/// <summary>
/// Heartbeats at the HELLO interval, the first one after interval × a random jitter in [0, 1) as Discord asks,
/// so that many clients reconnecting together do not beat in step. Returns when an ACK went missing: a zombie.
/// </summary>
internal sealed class Heartbeater(GatewaySender sender, GatewaySession session, TimeProvider clock)
{
    private int _acknowledged = 1;

    public void Acknowledge() => Interlocked.Exchange(ref _acknowledged, 1);

    /// <summary>Answers the server's op 1 at once; the interval keeps running.</summary>
    public Task BeatNowAsync(CancellationToken ct) => sender.HeartbeatAsync(session.LastReceived, ct);

    public async Task RunUntilZombieAsync(TimeSpan interval, CancellationToken ct)
    {
        await Task.Delay(interval * Random.Shared.NextDouble(), clock, ct);
        while (true)
        {
            if (Interlocked.Exchange(ref _acknowledged, 0) == 0)
            {
                return;
            }
            await sender.HeartbeatAsync(session.LastReceived, ct);
            await Task.Delay(interval, clock, ct);
        }
    }
}
