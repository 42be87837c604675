namespace CommunityBot.Core.Commands;

/// <summary>Ordered: a higher role may run everything a lower one may.</summary>
public enum MemberRole
{
    Member = 0,
    Moderator = 1,
    Admin = 2,
}
