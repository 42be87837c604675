namespace CommunityBot.Core.Commands;

/// <summary>Handles button actions whose first segment (before ':') is <see cref="Prefix"/>.</summary>
public interface IButtonHandler
{
    string Prefix { get; }

    MemberRole Role { get; }

    Task<Reply> PressAsync(CommandInvocation call, CancellationToken ct);
}
