namespace CommunityBot.Core.Recommendations.Evaluation;

/// <summary>A positive member–course interaction (a click, 👍 or enrollment; a MovieLens rating of 4 or more).</summary>
public readonly record struct Interaction(string User, string Item, DateTimeOffset At);
