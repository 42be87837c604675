using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;

namespace CommunityBot.Discord.Gateway;

/// <summary>
/// Reads Discord's JSON so that a field of an unexpected shape costs that field, never the whole payload: when
/// System.Text.Json refuses a value, the property its error path names is removed and the read tried again. Discord
/// adds and changes fields we do not use (a role given as an object instead of an id); a message must not vanish for it.
/// A payload that still cannot be read (the value we need is the broken one, or the JSON itself is cut off) throws.
/// </summary>
internal static class TolerantJson
{
    /// <summary>More broken fields than this in one payload is not drift but garbage.</summary>
    private const int MaxDrops = 16;

    public static T? Read<T>(JsonElement data, JsonTypeInfo<T> type, ICollection<string>? dropped = null)
    {
        try
        {
            return data.Deserialize(type);
        }
        catch (JsonException)
        {
            return ReadPruning(JsonNode.Parse(data.GetRawText()), type, dropped);
        }
    }

    public static T? Read<T>(ReadOnlySpan<byte> utf8, JsonTypeInfo<T> type, ICollection<string>? dropped = null)
    {
        try
        {
            return JsonSerializer.Deserialize(utf8, type);
        }
        catch (JsonException)
        {
            return ReadPruning(JsonNode.Parse(utf8), type, dropped); // throws itself when the bytes are not JSON at all
        }
    }

    private static T? ReadPruning<T>(JsonNode? node, JsonTypeInfo<T> type, ICollection<string>? dropped)
    {
        for (var drops = 0; ; drops++)
        {
            try
            {
                return node.Deserialize(type);
            }
            catch (JsonException ex) when (drops < MaxDrops && ex.Path is { } path && Remove(node, path))
            {
                dropped?.Add(path);
            }
        }
    }

    /// <summary>Removes the innermost property on <paramref name="path"/> ("$.member.roles[0]" removes member.roles).</summary>
    private static bool Remove(JsonNode? root, string path)
    {
        JsonObject? owner = null;
        string? name = null;
        var at = root;
        foreach (var segment in Segments(path))
        {
            if (segment.Name is { } property)
            {
                if (at is not JsonObject obj || !obj.ContainsKey(property))
                {
                    break; // the error is about something missing here: the innermost property found so far is at fault
                }
                (owner, name, at) = (obj, property, obj[property]);
            }
            else if (at is JsonArray array && segment.Index < array.Count)
            {
                at = array[segment.Index];
            }
            else
            {
                break;
            }
        }
        return owner is not null && owner.Remove(name!);
    }

    private readonly record struct Segment(string? Name, int Index);

    /// <summary>The steps of a System.Text.Json error path: <c>$.a.b[2]['c.d']</c>.</summary>
    private static IEnumerable<Segment> Segments(string path)
    {
        var i = path.StartsWith('$') ? 1 : 0;
        while (i < path.Length)
        {
            if (path[i] == '.')
            {
                var end = path.IndexOfAny(['.', '['], i + 1);
                end = end < 0 ? path.Length : end;
                yield return new Segment(path[(i + 1)..end], 0);
                i = end;
            }
            else if (path.AsSpan(i).StartsWith("['"))
            {
                var end = path.IndexOf("']", i + 2, StringComparison.Ordinal);
                if (end < 0)
                {
                    yield break;
                }
                yield return new Segment(path[(i + 2)..end].Replace("\\'", "'", StringComparison.Ordinal), 0);
                i = end + 2;
            }
            else if (path[i] == '[')
            {
                var end = path.IndexOf(']', i);
                if (end < 0 || !int.TryParse(path.AsSpan(i + 1, end - i - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var index))
                {
                    yield break;
                }
                yield return new Segment(null, index);
                i = end + 1;
            }
            else
            {
                yield break;
            }
        }
    }
}
