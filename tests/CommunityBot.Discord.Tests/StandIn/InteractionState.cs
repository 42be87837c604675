namespace CommunityBot.Discord.Tests.StandIn;

/// <summary>An interaction the stand-in sent: answerable once by callback, then editable through its webhook token.</summary>
public sealed class InteractionState(string id, string token, int type)
{
    public string Id { get; } = id;
    public string Token { get; } = token;
    public int Type { get; } = type;
    public int? ResponseType { get; set; }
}
