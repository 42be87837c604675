namespace CommunityBot.Core.Identity;

/// <summary>Platform names as members read them.</summary>
internal static class Names
{
    public static string Of(string platform) => platform switch
    {
        "discord" => "Discord",
        "telegram" => "Telegram",
        _ => platform,
    };
}
