using CommunityBot.Core.Activity;
using Telegram.Bot.Types;

namespace CommunityBot.Telegram.Routing;

/// <summary>What one update means: events to store and, for commands and button presses, work to do after storing.</summary>
internal sealed record RoutedUpdate(IReadOnlyList<ActivityEvent> Events, Update? Interaction = null)
{
    public static readonly RoutedUpdate Ignored = new([]);
}
