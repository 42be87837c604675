using System.Diagnostics.CodeAnalysis;

namespace CommunityBot.Core.Activity;

/// <summary>
/// One instance per distinct value: events repeat their community, platform, channel, member, name and emoji by the
/// thousand, and a rebuild holds a community's whole history read from the store (each row's strings are new).
/// Not thread-safe: one per read or per scoring state.
/// </summary>
public sealed class SharedStrings
{
    private readonly Dictionary<string, string> _seen = new(StringComparer.Ordinal);

    [return: NotNullIfNotNull(nameof(value))]
    public string? Of(string? value)
    {
        if (value is null)
        {
            return null;
        }
        if (!_seen.TryGetValue(value, out var shared))
        {
            _seen[value] = shared = value;
        }
        return shared;
    }

    /// <summary><paramref name="value"/> through <paramref name="shared"/> when there is one (mappings read with or without sharing).</summary>
    [return: NotNullIfNotNull(nameof(value))]
    public static string? Share(SharedStrings? shared, string? value) => shared is null ? value : shared.Of(value);
}
