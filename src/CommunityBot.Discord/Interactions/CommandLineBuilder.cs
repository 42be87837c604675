using System.Globalization;
using System.Text;
using System.Text.Json;
using CommunityBot.Core.Commands;
using CommunityBot.Discord.Gateway.Payloads;

namespace CommunityBot.Discord.Interactions;

/// <summary>
/// Rebuilds "/name arg1 arg2 ..." from a slash command's options in the spec's argument order, quoting values
/// with spaces so the shared parser gives them back whole.
/// </summary>
internal static class CommandLineBuilder
{
    /// <summary>The command line, or an error reply when an option was given after a skipped one (arguments are positional).</summary>
    public static (string? Line, Reply? Error) Build(CommandSpec spec, IReadOnlyList<InteractionOption> options)
    {
        var line = new StringBuilder("/").Append(spec.Name);
        string? skipped = null;
        foreach (var arg in spec.Args)
        {
            var option = options.FirstOrDefault(o => string.Equals(o.Name, arg.Name, StringComparison.OrdinalIgnoreCase));
            var value = option is null ? null : ValueOf(option.Value);
            if (string.IsNullOrEmpty(value))
            {
                skipped ??= arg.Name;
                continue;
            }
            if (skipped is not null)
            {
                return (null, Reply.Error($"Please also fill in '{skipped}' when you give '{arg.Name}': /{spec.Name} takes them in order."));
            }
            line.Append(' ').Append(arg.Rest ? value : Quote(value));
        }
        return (line.ToString(), null);
    }

    private static string? ValueOf(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number => value.TryGetInt64(out var whole)
            ? whole.ToString(CultureInfo.InvariantCulture)
            : value.GetDouble().ToString(CultureInfo.InvariantCulture),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => null,
    };

    private static string Quote(string value)
    {
        if (!value.Any(char.IsWhiteSpace) && value[0] is not ('"' or '\''))
        {
            return value;
        }
        return value.Contains('"', StringComparison.Ordinal)
            ? "'" + value.Replace('\'', '’') + "'"
            : "\"" + value + "\"";
    }
}
