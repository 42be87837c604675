using CommunityBot.Core.Commands;

namespace CommunityBot.Core.Pictures;

/// <summary>
/// Draws replies as pictures (the executable plugs in a SkiaSharp renderer). A renderer that cannot draw, for
/// example with no fonts installed, returns null and the reply goes out as text alone, which it always holds anyway.
/// </summary>
public interface ICardRenderer
{
    ReplyFile? ProfileCard(ProfileCard card);
}

/// <summary>No pictures: the default of the core without a host.</summary>
public sealed class NoCards : ICardRenderer
{
    public ReplyFile? ProfileCard(ProfileCard card) => null;
}
