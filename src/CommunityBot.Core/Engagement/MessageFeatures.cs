namespace CommunityBot.Core.Engagement;

/// <summary>
/// What scoring derives from a message's text and id, computed once per text: a kept run finishing again does not
/// re-run the topic matcher or re-normalize text (an edit clears them).
/// </summary>
internal sealed record MessageFeatures(string Normalized, int Letters, bool Topical, bool SaysThanks, int Points, string Day);
