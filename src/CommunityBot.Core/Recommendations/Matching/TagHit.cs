namespace CommunityBot.Core.Recommendations.Matching;

/// <summary>A catalog tag found in a text, with the term (the tag itself or a synonym) that was written.</summary>
public readonly record struct TagHit(string Tag, string Term);
