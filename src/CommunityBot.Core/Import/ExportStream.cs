using System.Text.Json;

namespace CommunityBot.Core.Import;

/// <summary>
/// Reads a chat export (DiscordChatExporter JSON, Telegram Desktop result.json) as a stream: one message at a time,
/// so memory stays at the size of the largest message whatever the file's size, and a file cut off part-way (a
/// download or copy that stopped) gives every message that is complete, then an <see cref="ExportCut"/> saying where.
/// A chat is an object holding "messages": the root, or an element of the root's "chats.list" (a full Telegram export).
/// </summary>
public static class ExportStream
{
    private const int FirstBufferSize = 64 * 1024;

    /// <summary>Objects of a chat that are kept with its fields (other objects and arrays are skipped unread).</summary>
    private static readonly HashSet<string> WantedObjects = new(["guild", "channel"], StringComparer.Ordinal);

    /// <param name="stream">The export, read from its current position.</param>
    /// <param name="progress">Told how many bytes were read so far, after each buffer.</param>
    public static IEnumerable<ExportItem> Read(Stream stream, Action<long>? progress = null)
    {
        var buffer = new byte[FirstBufferSize];
        var filled = 0;
        var final = false;
        var walker = new Walker();
        long start = 0; // the file offset of buffer[0]
        var items = new List<ExportItem>();
        while (!walker.Done)
        {
            if (!final)
            {
                if (filled == buffer.Length)
                {
                    Array.Resize(ref buffer, buffer.Length * 2); // a message larger than the buffer
                }
                var read = stream.Read(buffer, filled, buffer.Length - filled);
                filled += read;
                final = read == 0;
                progress?.Invoke(start + filled);
            }
            items.Clear();
            var consumed = walker.Process(buffer.AsSpan(0, filled), final, start, items);
            foreach (var item in items)
            {
                yield return item;
            }
            Buffer.BlockCopy(buffer, consumed, buffer, 0, filled - consumed);
            filled -= consumed;
            start += consumed;
            if (final && !walker.Done)
            {
                yield return new ExportCut(start, "the file ends early");
                yield break;
            }
        }
    }

    private enum Frame { Chat, Chats, ChatList, Messages }

    /// <summary>The walk's position between buffers: reader state, the containers it is in, the chat fields seen.</summary>
    private sealed class Walker
    {
        private readonly Stack<Frame> _frames = new();
        private Dictionary<string, JsonElement> _fields = new(StringComparer.Ordinal);
        private JsonReaderState _state;
        private string? _property;
        private int _skipDepth;

        public bool Done { get; private set; }

        /// <summary>Reads what the buffer holds whole; returns the bytes used (the rest is kept for the next call).</summary>
        public int Process(ReadOnlySpan<byte> data, bool final, long start, List<ExportItem> items)
        {
            var initial = _state;
            var reader = new Utf8JsonReader(data, final, initial);
            try
            {
                while (true)
                {
                    var before = (Consumed: (int)reader.BytesConsumed, State: reader.CurrentState);
                    if (!reader.Read())
                    {
                        Done = final && _frames.Count == 0 && _skipDepth == 0 && reader.BytesConsumed > 0;
                        break;
                    }
                    if (!Take(ref reader, items))
                    {
                        _state = before.State; // the value is not whole yet: read it again with more data
                        return before.Consumed;
                    }
                    if (_frames.Count == 0 && _skipDepth == 0)
                    {
                        Done = true;
                        break;
                    }
                }
            }
            catch (JsonException ex)
            {
                var at = start + reader.BytesConsumed;
                items.Add(new ExportCut(at, at == 0 && final && data.IsEmpty ? "the file is empty"
                    : final && IsOnlyCutOff(data, initial) ? "the file ends early"
                    : "not valid JSON from here: " + ex.Message.Split(" LineNumber")[0].TrimEnd('.', ' ')));
                Done = true;
            }
            _state = reader.CurrentState;
            return (int)reader.BytesConsumed;
        }

        /// <summary>Whether the data is valid as far as it goes: more of it would have been read, so the file was cut.</summary>
        private static bool IsOnlyCutOff(ReadOnlySpan<byte> data, JsonReaderState state)
        {
            var reader = new Utf8JsonReader(data, isFinalBlock: false, state);
            try
            {
                while (reader.Read())
                {
                }
                return true;
            }
            catch (JsonException)
            {
                return false;
            }
        }

        /// <summary>Handles the token just read; false when it starts a value needed whole that the buffer does not hold yet.</summary>
        private bool Take(ref Utf8JsonReader reader, List<ExportItem> items)
        {
            var token = reader.TokenType;
            if (_skipDepth > 0)
            {
                _skipDepth += token is JsonTokenType.StartObject or JsonTokenType.StartArray ? 1 : token is JsonTokenType.EndObject or JsonTokenType.EndArray ? -1 : 0;
                return true;
            }
            if (token == JsonTokenType.PropertyName)
            {
                _property = reader.GetString();
                return true;
            }
            if (token is JsonTokenType.EndObject or JsonTokenType.EndArray)
            {
                _frames.Pop();
                return true;
            }
            if (_frames.Count == 0)
            {
                if (token == JsonTokenType.StartObject)
                {
                    _frames.Push(Frame.Chat);
                }
                else
                {
                    _skipDepth = token == JsonTokenType.StartArray ? 1 : 0; // not an export: nothing in it is read
                }
                return true;
            }
            var property = _property;
            _property = null;
            switch (_frames.Peek(), token)
            {
                case (Frame.Messages, _):
                    if (!TryWhole(ref reader, out var message))
                    {
                        _property = property;
                        return false;
                    }
                    items.Add(new ExportMessage(message));
                    return true;
                case (Frame.Chat, JsonTokenType.StartArray) when property == "messages":
                    items.Add(new ExportChat(_fields));
                    _frames.Push(Frame.Messages);
                    return true;
                case (Frame.Chat, JsonTokenType.StartObject) when property == "chats" && _frames.Count == 1:
                    _frames.Push(Frame.Chats);
                    return true;
                case (Frame.Chats, JsonTokenType.StartArray) when property == "list":
                    _frames.Push(Frame.ChatList);
                    return true;
                case (Frame.ChatList, JsonTokenType.StartObject):
                    _fields = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
                    _frames.Push(Frame.Chat);
                    return true;
                case (Frame.Chat, JsonTokenType.StartObject) when property is not null && WantedObjects.Contains(property):
                case (Frame.Chat, not (JsonTokenType.StartObject or JsonTokenType.StartArray)) when property is not null:
                    if (!TryWhole(ref reader, out var value))
                    {
                        _property = property;
                        return false;
                    }
                    _fields[property] = value;
                    return true;
                case (_, JsonTokenType.StartObject or JsonTokenType.StartArray):
                    _skipDepth = 1;
                    return true;
                default:
                    return true;
            }
        }

        private static bool TryWhole(ref Utf8JsonReader reader, out JsonElement value)
        {
            if (!JsonDocument.TryParseValue(ref reader, out var document))
            {
                value = default;
                return false;
            }
            using (document)
            {
                value = document.RootElement.Clone();
                return true;
            }
        }
    }
}
