namespace CommunityBot.Core.Communities;

/// <summary>
/// The admin-set weights of DESIGN §4–5. Each model divides by its own weight sum, so any non-negative
/// values with at least one positive per model keep the scores in [0,1].
/// </summary>
public sealed record Weights
{
    public double Alpha { get; init; } = 0.6;
    public double Beta { get; init; } = 0.3;
    public double Gamma { get; init; } = 0.1;
    public double Delta { get; init; } = 0.5;
    public double Epsilon { get; init; } = 0.3;
    public double Zeta { get; init; } = 0.2;
    public double Eta { get; init; } = 0.4;
    public double Theta { get; init; } = 0.3;
    public double Xi { get; init; } = 0.3;

    public static readonly Weights Default = new();

    public static readonly IReadOnlyList<string> Names =
        ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "xi"];

    /// <summary>Which model each weight belongs to; every model needs one positive weight.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> Models = new Dictionary<string, string[]>
    {
        ["engagement (alpha, beta, gamma)"] = ["alpha", "beta", "gamma"],
        ["recommendation (delta, epsilon, zeta)"] = ["delta", "epsilon", "zeta"],
        ["community activity (eta, theta, xi)"] = ["eta", "theta", "xi"],
    };

    public double Get(string name) => name switch
    {
        "alpha" => Alpha, "beta" => Beta, "gamma" => Gamma,
        "delta" => Delta, "epsilon" => Epsilon, "zeta" => Zeta,
        "eta" => Eta, "theta" => Theta, "xi" => Xi,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Unknown weight"),
    };

    public Weights With(string name, double value) => name switch
    {
        "alpha" => this with { Alpha = value }, "beta" => this with { Beta = value }, "gamma" => this with { Gamma = value },
        "delta" => this with { Delta = value }, "epsilon" => this with { Epsilon = value }, "zeta" => this with { Zeta = value },
        "eta" => this with { Eta = value }, "theta" => this with { Theta = value }, "xi" => this with { Xi = value },
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Unknown weight"),
    };

    public IReadOnlyDictionary<string, double> ToDictionary() => Names.ToDictionary(n => n, Get);
}
