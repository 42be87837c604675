using System.Globalization;

namespace CommunityBot.Core.Commands;

/// <summary>A parsed call, with the caller's effective role, handed to a command or button handler.</summary>
public sealed record CommandInvocation(
    string Platform,
    string Community,
    string Channel,
    string User,
    string UserName,
    MemberRole Role,
    string Name,
    IReadOnlyList<string> Args,
    DateTimeOffset Now)
{
    public bool IsDirectMessage { get; init; }

    /// <summary>
    /// The caller's own account on <see cref="Platform"/>. <see cref="User"/> is the member it counts as in
    /// <see cref="Community"/>, which differs for an account linked across platforms (/link).
    /// </summary>
    public string PlatformUser { get; init; } = "";

    /// <summary>The chat or server the call came from; <see cref="Community"/> differs when it is a group joined to another community.</summary>
    public string PlatformGroup { get; init; } = "";

    /// <summary>See <see cref="CommandRequest.RequestId"/>.</summary>
    public string? RequestId { get; init; }

    /// <summary>
    /// A nonce for an event this call stores: the platform's id of the call when it has one (a redelivered call stores
    /// nothing twice), otherwise the time of the call.
    /// </summary>
    public string EventNonce => RequestId ?? Now.UtcTicks.ToString(CultureInfo.InvariantCulture);

    /// <summary>The command line after the command name, unsplit: pasted multi-line text (a catalog to import) survives intact.</summary>
    public string RawArgs { get; init; } = "";

    public string? Arg(int index) => index < Args.Count ? Args[index] : null;

    /// <summary>Every argument from <paramref name="index"/> on, joined by spaces.</summary>
    public string Rest(int index) => index < Args.Count ? string.Join(' ', Args.Skip(index)) : "";

    public int? Int(int index)
    {
        var raw = Arg(index);
        if (raw is null)
        {
            return null;
        }
        return int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new CommandUsageException($"'{raw}' is not a whole number.");
    }
}

/// <summary>Thrown by handlers for wrong or missing arguments; the dispatcher answers with the message and the usage.</summary>
public sealed class CommandUsageException(string message) : Exception(message);
