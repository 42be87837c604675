using System.Threading.Channels;
using Telegram.Bot.Types;

namespace CommunityBot.Telegram.Commands;

/// <summary>
/// Commands and button presses waiting to be answered. Answering runs apart from receiving so a slow command
/// never holds up storing (or acknowledging) the updates that follow it.
/// </summary>
internal sealed class TelegramInteractions
{
    private readonly Channel<Update> _channel = Channel.CreateBounded<Update>(
        new BoundedChannelOptions(1_000) { FullMode = BoundedChannelFullMode.Wait, SingleReader = true });

    public ChannelReader<Update> Reader => _channel.Reader;

    public ValueTask EnqueueAsync(Update update, CancellationToken ct) => _channel.Writer.WriteAsync(update, ct);
}
