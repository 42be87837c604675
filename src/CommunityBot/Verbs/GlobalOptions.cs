using System.CommandLine;
using CommunityBot.Hosting;

namespace CommunityBot.Verbs;

/// <summary>--data and --config, valid on every verb.</summary>
public sealed class GlobalOptions
{
    public Option<string> Data { get; } = new("--data")
    {
        Description = "Folder of the LiteDB database (default ./data)",
        DefaultValueFactory = _ => "data",
        Recursive = true,
    };

    public Option<string?> Config { get; } = new("--config")
    {
        Description = "Extra settings file (JSON), applied over config/appsettings.json",
        Recursive = true,
    };

    public BotPaths Paths(ParseResult parse) => new(Path.GetFullPath(parse.GetValue(Data)!), parse.GetValue(Config));
}
