namespace CommunityBot.Import;

/// <summary>Input formats of <c>communitybot import</c>.</summary>
public static class ImportFormat
{
    public const string Jsonl = "jsonl";
    public const string DiscordExport = "discord-export";
    public const string TelegramExport = "telegram-export";

    public static readonly string[] All = [Jsonl, DiscordExport, TelegramExport];

    /// <summary>The file pattern a folder import picks up for the format.</summary>
    public static string Pattern(string format) => format == Jsonl ? "*.jsonl" : "*.json";
}
