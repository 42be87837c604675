namespace CommunityBot.Core.Platform;

/// <summary>Where to post: a channel (Discord channel or thread, Telegram chat or forum topic) of one community.</summary>
public readonly record struct ChannelRef(string Platform, string Community, string Channel);
