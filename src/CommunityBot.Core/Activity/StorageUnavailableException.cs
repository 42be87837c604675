namespace CommunityBot.Core.Activity;

/// <summary>The store cannot be used (a database file locked, corrupt or unreadable; a database server unreachable); start-up stops.</summary>
public sealed class StorageUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
