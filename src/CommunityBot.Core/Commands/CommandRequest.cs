namespace CommunityBot.Core.Commands;

/// <summary>
/// What an adapter hands the dispatcher: who typed which command line where. PlatformRole is the role the
/// platform grants (Discord permission bits, Telegram chat admin status); Text is the command line,
/// e.g. "/leaderboard week 2" (a Telegram "@BotName" suffix may stay, the parser drops it); RoleIds are the
/// platform role ids the member holds, matched against the configured moderator role.
/// </summary>
public sealed record CommandRequest(
    string Platform,
    string Community,
    string Channel,
    string User,
    string UserName,
    MemberRole PlatformRole,
    string Text)
{
    public IReadOnlyList<string> RoleIds { get; init; } = [];
    public bool IsDirectMessage { get; init; }

    /// <summary>
    /// The platform's id of this call (Telegram's message id in its chat, Discord's interaction id), the same when the
    /// platform delivers it again; null where there is none (the CLI).
    /// </summary>
    public string? RequestId { get; init; }
}
