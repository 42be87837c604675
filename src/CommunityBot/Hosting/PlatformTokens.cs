namespace CommunityBot.Hosting;

/// <summary>Which chat platforms have a token (from the environment or a secret file); tokens themselves are never read here.</summary>
public static class PlatformTokens
{
    public const string MissingMessage = """
        No chat platform is configured, so there is nothing to run.
        Set at least one bot token (environment variables, never files in the repository):
          COMMUNITYBOT__TELEGRAM__TOKEN=123456:ABC...      (or COMMUNITYBOT__TELEGRAM__TOKENFILE=/run/secrets/telegram)
          COMMUNITYBOT__DISCORD__TOKEN=...                 (or COMMUNITYBOT__DISCORD__TOKENFILE=/run/secrets/discord)
        To try the bot without any token: communitybot demo
        """;

    private static readonly string[] _platforms = ["Telegram", "Discord"];

    public static IReadOnlyList<string> Configured(IConfiguration configuration) =>
        _platforms
            .Where(p => !string.IsNullOrWhiteSpace(configuration[$"{p}:Token"]) || !string.IsNullOrWhiteSpace(configuration[$"{p}:TokenFile"]))
            .Select(p => p.ToLowerInvariant())
            .ToList();
}
