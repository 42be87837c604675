using System.Text.Json.Nodes;

namespace CommunityBot.Discord.Tests.StandIn;

/// <summary>A gateway session: every dispatch with its sequence number, so a RESUME can replay what the client missed.</summary>
public sealed class SessionLog(string id)
{
    private readonly List<(long Seq, string Type, string Data)> _events = [];
    private readonly Lock _gate = new();

    public string Id { get; } = id;

    public long LastSeq
    {
        get
        {
            lock (_gate)
            {
                return _events.Count == 0 ? 0 : _events[^1].Seq;
            }
        }
    }

    public long Append(string type, JsonNode? data)
    {
        lock (_gate)
        {
            var seq = _events.Count == 0 ? 1 : _events[^1].Seq + 1;
            _events.Add((seq, type, data?.ToJsonString() ?? "null"));
            return seq;
        }
    }

    public IReadOnlyList<(long Seq, string Type, JsonNode? Data)> After(long seq)
    {
        lock (_gate)
        {
            return _events.Where(e => e.Seq > seq).Select(e => (e.Seq, e.Type, JsonNode.Parse(e.Data))).ToList();
        }
    }
}
