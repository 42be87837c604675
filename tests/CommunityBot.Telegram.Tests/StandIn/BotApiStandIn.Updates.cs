using System.Text.Json.Nodes;

namespace CommunityBot.Telegram.Tests.StandIn;

public sealed partial class BotApiStandIn
{
    /// <summary>Without allowed_updates Telegram sends every kind except these.</summary>
    private static readonly string[] OptIn = ["chat_member", "message_reaction", "message_reaction_count"];

    private readonly List<(long Id, string Kind, JsonNode Json)> _pending = [];
    private TaskCompletionSource _arrived = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private List<string>? _allowed;

    /// <summary>The highest offset a getUpdates call confirmed so far (updates below it are gone).</summary>
    public long ConfirmedOffset { get; private set; }

    /// <summary>Queues an update as Telegram would: it stays until a getUpdates offset above its update_id confirms it.</summary>
    public void PushUpdate(string json)
    {
        var node = JsonNode.Parse(json)!;
        var kind = node.AsObject().Select(p => p.Key).First(k => k != "update_id");
        lock (_gate)
        {
            _pending.Add(((long)node["update_id"]!, kind, node));
            _arrived.TrySetResult();
            _arrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
    }

    /// <summary>An offset confirms (and forgets) every update below it.</summary>
    private void Confirm(ApiCall call)
    {
        if (call.Long("offset") is { } offset)
        {
            lock (_gate)
            {
                _pending.RemoveAll(u => u.Id < offset);
                ConfirmedOffset = Math.Max(ConfirmedOffset, offset);
            }
        }
    }

    private int _polling;

    /// <summary>getUpdates calls refused because another was still waiting: two instances polling one bot.</summary>
    public int Conflicts => Volatile.Read(ref _conflicts);

    private int _conflicts;

    /// <summary>Telegram serves one getUpdates at a time per bot and answers a second one with 409.</summary>
    private async Task<JsonNode?> GetUpdatesAsync(ApiCall call, CancellationToken aborted)
    {
        if (Interlocked.Exchange(ref _polling, 1) == 1)
        {
            Interlocked.Increment(ref _conflicts);
            throw new ApiFailureException(new ApiFailure(409, "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running"));
        }
        try
        {
            return await ServeUpdatesAsync(call, aborted);
        }
        finally
        {
            Volatile.Write(ref _polling, 0);
        }
    }

    private async Task<JsonNode?> ServeUpdatesAsync(ApiCall call, CancellationToken aborted)
    {
        var limit = (int)Math.Clamp(call.Long("limit") ?? 100, 1, 100);
        var timeout = TimeSpan.FromSeconds(Math.Max(0, call.Long("timeout") ?? 0));
        using var expiry = CancellationTokenSource.CreateLinkedTokenSource(aborted);
        expiry.CancelAfter(timeout);
        while (true)
        {
            Task arrived;
            lock (_gate)
            {
                if (call.Json("allowed_updates") is JsonArray allowed)
                {
                    _allowed = [.. allowed.Select(a => (string)a!)];
                }
                // Kinds the bot did not ask for are dropped, never delivered later.
                _pending.RemoveAll(u => _allowed is null ? OptIn.Contains(u.Kind) : !_allowed.Contains(u.Kind));
                var ready = _pending.OrderBy(u => u.Id).Take(limit).Select(u => u.Json.DeepClone()).ToArray();
                if (ready.Length > 0 || timeout == TimeSpan.Zero)
                {
                    return new JsonArray(ready);
                }
                arrived = _arrived.Task;
            }
            try
            {
                await arrived.WaitAsync(expiry.Token);
            }
            catch (OperationCanceledException)
            {
                return new JsonArray();
            }
        }
    }
}
