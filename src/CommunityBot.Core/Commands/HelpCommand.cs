using System.Text;

namespace CommunityBot.Core.Commands;

/// <summary>/help lists the commands the caller may run, with their usage.</summary>
public sealed class HelpCommand(IServiceProvider services) : IBotCommand
{
    public CommandSpec Spec { get; } = new("help", "List the commands you can use", MemberRole.Member, []);

    public Task<Reply> ExecuteAsync(CommandInvocation call, CancellationToken ct)
    {
        // Resolved lazily: the dispatcher that owns every command also owns this one.
        var dispatcher = (CommandDispatcher)services.GetService(typeof(CommandDispatcher))!;
        var visible = dispatcher.Specs.Where(s => s.Role <= call.Role).ToList();
        var text = new StringBuilder("Commands you can use:\n");
        foreach (var spec in visible)
        {
            text.Append(spec.Usage).Append(" — ").Append(spec.Description).Append('\n');
        }
        var data = visible.Select(s => new { name = s.Name, usage = s.Usage, description = s.Description, role = s.Role.ToString().ToLowerInvariant() }).ToList();
        return Task.FromResult(new Reply(text.ToString().TrimEnd()) { Title = "Help", Data = new { commands = data }, Ephemeral = true });
    }
}
