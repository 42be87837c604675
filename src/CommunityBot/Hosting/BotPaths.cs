namespace CommunityBot.Hosting;

/// <summary>Where this process keeps its data and reads its settings, from the global --data and --config options.</summary>
public sealed record BotPaths(string DataFolder, string? ConfigFile)
{
    public string DatabaseFile => Path.Combine(DataFolder, "communitybot.db");

    public static string ConfigFolder => Path.Combine(AppContext.BaseDirectory, "config");

    public static string CatalogFile => Path.Combine(ConfigFolder, "courses.json");
}
