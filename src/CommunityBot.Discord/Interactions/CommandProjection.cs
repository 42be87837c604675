using CommunityBot.Core.Commands;
using CommunityBot.Discord.Rest;
using CommunityBot.Discord.Rest.Payloads;

namespace CommunityBot.Discord.Interactions;

/// <summary>Projects the declared command specs onto Discord application commands with typed options.</summary>
internal static class CommandProjection
{
    public const int StringOption = 3;
    public const int IntegerOption = 4;
    public const int UserOption = 6;
    public const int NumberOption = 10;

    public static IReadOnlyList<ApplicationCommand> Project(IEnumerable<CommandSpec> specs) =>
        specs.Select(spec => new ApplicationCommand
        {
            Name = spec.Name,
            Description = Describe(spec.Description),
            Options = spec.Args.Select(Option).ToList(),
            DefaultMemberPermissions = PermissionRoles.DefaultPermissionsFor(spec.Role),
        }).ToList();

    /// <summary>Choices are shown as a string picker whatever the argument's kind: they are words like "week".</summary>
    private static CommandOption Option(ArgSpec arg) => new()
    {
        Type = arg.Choices.Count > 0 ? StringOption : TypeOf(arg.Kind),
        Name = arg.Name.ToLowerInvariant(),
        Description = Describe(arg.Description),
        Required = arg.Required,
        Choices = arg.Choices.Count > 0 ? arg.Choices.Take(25).Select(c => new CommandChoice(c, c)).ToList() : null,
    };

    private static int TypeOf(ArgKind kind) => kind switch
    {
        ArgKind.Integer => IntegerOption,
        ArgKind.Number => NumberOption,
        ArgKind.User => UserOption,
        _ => StringOption,
    };

    private static string Describe(string text) => DiscordMarkdown.Truncate(text.Length == 0 ? "-" : text, 100);
}
