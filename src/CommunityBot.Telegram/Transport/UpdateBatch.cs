using Telegram.Bot.Types;

namespace CommunityBot.Telegram.Transport;

/// <summary>The readable updates of one getUpdates answer and the offset that confirms all of it (unreadable ones too).</summary>
internal sealed record UpdateBatch(IReadOnlyList<Update> Updates, int? NextOffset, int Received);
