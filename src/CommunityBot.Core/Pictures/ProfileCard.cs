using CommunityBot.Core.Communities;

namespace CommunityBot.Core.Pictures;

/// <summary>What a profile / rank card shows: level progress, the C / I / R breakdown with its weights, rank and title.</summary>
public sealed record ProfileCard(
    string User,
    string Name,
    int Level,
    string? Title,
    long Points,
    long LevelStart,
    long NextLevel,
    double Engagement,
    double Content,
    double Interest,
    double Interaction,
    Weights Weights,
    int Rank,
    int Members);
