using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace CommunityBot.Discord.Tests.StandIn;

/// <summary>The checks Discord applies to message bodies and command definitions; a message names the first violation.</summary>
public static partial class MessageRules
{
    public static string? Message(JsonNode? body, IReadOnlyList<RecordedFile> files, bool interaction)
    {
        if (body is not JsonObject m)
        {
            return "body must be a JSON object";
        }
        if (m["content"] is JsonNode content && (content.GetValueKind() != JsonValueKind.String || ((string)content!).Length > 2000))
        {
            return "content: must be 2000 or fewer in length";
        }
        var embeds = m["embeds"] as JsonArray ?? [];
        var components = m["components"] as JsonArray ?? [];
        if (m["content"] is null && embeds.Count == 0 && components.Count == 0 && files.Count == 0)
        {
            return "Cannot send an empty message";
        }
        return Embeds(embeds, files) ?? Components(components) ?? Mentions(m["allowed_mentions"]) ?? Attachments(m["attachments"], files)
            ?? Flags(m["flags"], interaction);
    }

    public static string? Commands(JsonNode? body)
    {
        if (body is not JsonArray commands)
        {
            return "body must be an array of commands";
        }
        var names = new HashSet<string>();
        foreach (var command in commands.OfType<JsonObject>())
        {
            var name = (string?)command["name"] ?? "";
            if (!NamePattern().IsMatch(name) || !string.Equals(name, name.ToLowerInvariant(), StringComparison.Ordinal) || !names.Add(name))
            {
                return $"name '{name}' is invalid or repeated";
            }
            if (((string?)command["description"])?.Length is not (>= 1 and <= 100))
            {
                return $"{name}.description must be 1-100 characters";
            }
            if (command["default_member_permissions"] is JsonNode perms && (perms.GetValueKind() != JsonValueKind.String || !((string)perms!).All(char.IsAsciiDigit)))
            {
                return $"{name}.default_member_permissions must be a string of digits";
            }
            if (Options(name, command["options"] as JsonArray ?? []) is { } error)
            {
                return error;
            }
        }
        return null;
    }

    private static string? Options(string command, JsonArray options)
    {
        var optionalSeen = false;
        foreach (var option in options.OfType<JsonObject>())
        {
            var name = (string?)option["name"] ?? "";
            var type = option["type"]?.GetValueKind() == JsonValueKind.Number ? option["type"]!.GetValue<int>() : 0;
            var required = option["required"]?.GetValue<bool>() == true;
            if (!NamePattern().IsMatch(name) || type is < 3 or > 11 || ((string?)option["description"])?.Length is not (>= 1 and <= 100))
            {
                return $"{command}.options.{name}: invalid name, type or description";
            }
            if (required && optionalSeen)
            {
                return $"{command}.options.{name}: required options must be placed before non-required options";
            }
            optionalSeen |= !required;
            if (option["choices"] is JsonArray choices && (choices.Count > 25 || choices.Any(c => ((string?)c?["name"])?.Length is not (>= 1 and <= 100))))
            {
                return $"{command}.options.{name}.choices invalid";
            }
        }
        return options.Count > 25 ? $"{command}.options: at most 25" : null;
    }

    private static string? Embeds(JsonArray embeds, IReadOnlyList<RecordedFile> files)
    {
        if (embeds.Count > 10)
        {
            return "embeds: at most 10";
        }
        foreach (var embed in embeds.OfType<JsonObject>())
        {
            if (((string?)embed["title"])?.Length > 256 || ((string?)embed["description"])?.Length > 4096)
            {
                return "embed title or description too long";
            }
            if ((string?)embed["image"]?["url"] is { } url && url.StartsWith("attachment://", StringComparison.Ordinal)
                && files.All(f => f.FileName != url["attachment://".Length..]))
            {
                return $"embed image {url} names no uploaded file";
            }
        }
        return null;
    }

    private static string? Components(JsonArray rows)
    {
        if (rows.Count > 5)
        {
            return "components: at most 5 action rows";
        }
        var ids = new HashSet<string>();
        foreach (var row in rows)
        {
            if ((int?)row?["type"] != 1 || row["components"] is not JsonArray buttons || buttons.Count is < 1 or > 5)
            {
                return "components: an action row holds 1 to 5 buttons";
            }
            foreach (var button in buttons)
            {
                var style = (int?)button?["style"] ?? 0;
                var customId = (string?)button?["custom_id"];
                if ((int?)button?["type"] != 2 || style is < 1 or > 5 || ((string?)button!["label"])?.Length > 80)
                {
                    return "button: invalid type, style or label";
                }
                if (style == 5 ? button["url"] is null || customId is not null
                    : customId is null || customId.Length is < 1 or > 100 || !ids.Add(customId))
                {
                    return $"button custom_id '{customId}' must be 1-100 characters and unique (link buttons take a url)";
                }
            }
        }
        return null;
    }

    private static string? Mentions(JsonNode? allowed) =>
        allowed?["parse"] is JsonArray parse && parse.Any(p => (string?)p is not ("roles" or "users" or "everyone"))
            ? "allowed_mentions.parse: unknown type" : null;

    private static string? Attachments(JsonNode? attachments, IReadOnlyList<RecordedFile> files) =>
        (attachments as JsonArray ?? []).Any(a => (int?)a?["id"] is not { } id || id >= files.Count || files[id].Field != $"files[{id}]")
            ? "attachments: every id must name an uploaded files[n]" : null;

    private static string? Flags(JsonNode? flags, bool interaction) =>
        flags is null ? null
        : ((int?)flags & ~(interaction ? 64 | 4 : 4)) != 0 ? "flags: only SUPPRESS_EMBEDS (and EPHEMERAL in interaction responses)" : null;

    [GeneratedRegex(@"^[-_\p{L}\p{N}]{1,32}$")]
    private static partial Regex NamePattern();
}
