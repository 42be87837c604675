namespace CommunityBot.Core.Communities;

/// <summary>The tunable constants of DESIGN §4 with their defaults.</summary>
public sealed record ScoringParameters
{
    public double HalfLifeDays { get; init; } = 7;
    public double WindowDays { get; init; } = 30;
    public int CooldownSeconds { get; init; } = 60;
    public int ShortMessageLetters { get; init; } = 3;
    public double ShortMessageFactor { get; init; } = 0.25;
    public int ReactionCapPerMessage { get; init; } = 10;
    public double TimeReferenceDays { get; init; } = 90;
    public int MessagePointsMin { get; init; } = 15;
    public int MessagePointsMax { get; init; } = 25;
    public int ReplyReceivedPoints { get; init; } = 5;
    public int ReactionReceivedPoints { get; init; } = 2;
    public int RetentionDays { get; init; } = 30;
    /// <summary>Reactions from accounts younger than this (days, at the reaction) are ignored; 0 counts every account.</summary>
    public int MinReactorAccountDays { get; init; }
}
