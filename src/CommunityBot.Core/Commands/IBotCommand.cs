namespace CommunityBot.Core.Commands;

/// <summary>A chat command handler: declared by its <see cref="Spec"/>, run by the <see cref="CommandDispatcher"/> after the role check.</summary>
public interface IBotCommand
{
    CommandSpec Spec { get; }

    Task<Reply> ExecuteAsync(CommandInvocation call, CancellationToken ct);
}
