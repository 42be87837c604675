using System.Globalization;
using CommunityBot.Core.Commands;
using CommunityBot.Core.Communities;

namespace CommunityBot.Core.Admin;

/// <summary>Parses "alpha=0 beta=0.5 γ=1" into new weights and rejects values that would break a model.</summary>
public static class WeightsParser
{
    public const double Max = 100;

    private static readonly Dictionary<string, string> _greek = new(StringComparer.Ordinal)
    {
        ["α"] = "alpha", ["β"] = "beta", ["γ"] = "gamma", ["δ"] = "delta", ["ε"] = "epsilon",
        ["ζ"] = "zeta", ["η"] = "eta", ["θ"] = "theta", ["ξ"] = "xi",
    };

    public static Weights Apply(Weights current, IEnumerable<string> assignments)
    {
        var updated = current;
        var any = false;
        foreach (var assignment in assignments)
        {
            var parts = assignment.Split('=', 2);
            if (parts.Length != 2)
            {
                throw new CommandUsageException($"'{assignment}' is not name=value (for example alpha=0.6).");
            }
            var name = _greek.GetValueOrDefault(parts[0].Trim(), parts[0].Trim().ToLowerInvariant());
            if (!Weights.Names.Contains(name))
            {
                throw new CommandUsageException($"Unknown weight '{parts[0]}'. Weights: {string.Join(", ", Weights.Names)}.");
            }
            if (!double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
            {
                throw new CommandUsageException($"'{parts[1]}' is not a number (weight {name}).");
            }
            if (value < 0 || value > Max)
            {
                throw new CommandUsageException($"Weight {name}={parts[1]} is out of range: weights go from 0 to {Max}.");
            }
            updated = updated.With(name, value);
            any = true;
        }
        if (!any)
        {
            throw new CommandUsageException("Give at least one weight, for example: alpha=0 beta=0 gamma=1.");
        }
        foreach (var (model, names) in Weights.Models)
        {
            if (names.All(n => updated.Get(n) == 0))
            {
                throw new CommandUsageException($"The {model} weights cannot all be 0: at least one must be positive.");
            }
        }
        return updated;
    }
}
