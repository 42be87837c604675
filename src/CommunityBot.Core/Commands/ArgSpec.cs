namespace CommunityBot.Core.Commands;

public enum ArgKind
{
    Text,
    Integer,
    Number,
    User,
}

/// <summary>One positional argument. Discord renders it as a typed option, Telegram as a word after the command.</summary>
public sealed record ArgSpec(string Name, string Description, ArgKind Kind = ArgKind.Text, bool Required = false)
{
    /// <summary>Fixed choices (Discord shows them as a picker).</summary>
    public IReadOnlyList<string> Choices { get; init; } = [];

    /// <summary>Takes the rest of the line (free text such as a reason or key=value pairs).</summary>
    public bool Rest { get; init; }
}
