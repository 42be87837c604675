namespace CommunityBot.Storage.LiteDb;

/// <summary>The database file cannot be used (locked by another process, corrupt, unreadable); start-up stops.</summary>
public sealed class StorageUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
