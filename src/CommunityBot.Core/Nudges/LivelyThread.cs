namespace CommunityBot.Core.Nudges;

/// <summary>A conversation (a message and the replies to it, however deep) with how lively it was.</summary>
public sealed record LivelyThread(string Channel, string RootMessageId, string? RootText, string? RootAuthor, int Replies, int Reactions, int Participants)
{
    public int Liveliness => Replies * 2 + Reactions + Participants;
}
