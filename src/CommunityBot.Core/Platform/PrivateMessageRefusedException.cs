namespace CommunityBot.Core.Platform;

/// <summary>
/// The platform refused a private message: the member closed their DMs, blocked the bot or (Telegram) never started
/// it. Retrying cannot help until the member acts.
/// </summary>
public sealed class PrivateMessageRefusedException(string message, Exception? inner = null) : Exception(message, inner);
