using System.Globalization;
using CommunityBot.Core.Communities;
using Microsoft.Extensions.Logging;

namespace CommunityBot.Core.Commands;

/// <summary>
/// The one entry point for chat commands and buttons from every adapter: parses, works out the caller's
/// effective role, re-checks it against the command's role, runs the handler and turns failures into replies.
/// </summary>
public sealed class CommandDispatcher(
    IEnumerable<IBotCommand> commands,
    IEnumerable<IButtonHandler> buttons,
    ISettingsStore settings,
    Identity.IdentityDirectory identities,
    CommandRateLimiter limiter,
    TimeProvider clock,
    ILogger<CommandDispatcher> logger)
{
    private readonly Dictionary<string, IBotCommand> _commands = commands.ToDictionary(c => c.Spec.Name, StringComparer.Ordinal);
    private readonly Dictionary<string, IButtonHandler> _buttons = buttons.ToDictionary(b => b.Prefix, StringComparer.Ordinal);

    public IReadOnlyList<CommandSpec> Specs => _commands.Values.Select(c => c.Spec).OrderBy(s => s.Name, StringComparer.Ordinal).ToList();

    public IReadOnlyList<Permission> Permissions => PermissionTable.Build(Specs, _buttons.Values);

    public async Task<Reply> DispatchAsync(CommandRequest request, CancellationToken ct)
    {
        if (request.Text.Length > CommandLine.MaxLength)
        {
            return Reply.Error($"That command is too long ({request.Text.Length} characters; the limit is {CommandLine.MaxLength}).");
        }
        if (Limit(request.Community, request.User) is { } slowed)
        {
            return slowed;
        }
        var (name, args) = CommandLine.Parse(request.Text);
        if (!_commands.TryGetValue(name, out var command))
        {
            return Reply.Error(name.Length == 0
                ? "Commands start with '/'. Try /help."
                : $"Unknown command /{Sanitize(name)}. Try /help for the list.");
        }
        var (community, user) = identities.Resolve(request.Platform, request.Community, request.User);
        var role = await EffectiveRoleAsync(community, user, request.PlatformRole, request.RoleIds, ct);
        var needed = command.Spec.RoleFor(args);
        if (role < needed)
        {
            return Refusal(needed == command.Spec.Role ? name : $"{name} {args[0].ToLowerInvariant()}", needed);
        }
        var call = new CommandInvocation(request.Platform, community, request.Channel, user,
            request.UserName, role, name, args, clock.GetUtcNow())
        {
            IsDirectMessage = request.IsDirectMessage, RawArgs = CommandLine.AfterName(request.Text), RequestId = request.RequestId,
            PlatformUser = request.User, PlatformGroup = request.Community,
        };
        return await RunAsync(() => command.ExecuteAsync(call, ct), command.Spec.Usage, name);
    }

    public async Task<Reply> PressAsync(ButtonPress press, CancellationToken ct)
    {
        if (Limit(press.Community, press.User) is { } slowed)
        {
            return slowed;
        }
        var parts = press.Action.Split(':');
        if (!_buttons.TryGetValue(parts[0], out var handler))
        {
            return Reply.Error("That button is no longer supported.");
        }
        var (community, user) = identities.Resolve(press.Platform, press.Community, press.User);
        var role = await EffectiveRoleAsync(community, user, press.PlatformRole, press.RoleIds, ct);
        if (role < handler.Role)
        {
            return Refusal(parts[0], handler.Role);
        }
        var call = new CommandInvocation(press.Platform, community, press.Channel, user,
            press.UserName, role, parts[0], parts.Skip(1).ToList(), clock.GetUtcNow()) { PlatformUser = press.User, PlatformGroup = press.Community };
        return await RunAsync(() => handler.PressAsync(call, ct), "", parts[0]);
    }

    /// <summary>The platform's role, raised to moderator when the member is a configured moderator.</summary>
    public async Task<MemberRole> EffectiveRoleAsync(
        string community, string user, MemberRole platformRole, IReadOnlyList<string> roleIds, CancellationToken ct)
    {
        if (platformRole >= MemberRole.Moderator)
        {
            return platformRole;
        }
        var config = await settings.GetAsync(community, ct);
        var isModerator = config.ModeratorUsers.Contains(user)
            || (config.ModeratorRole is { Length: > 0 } modRole && roleIds.Contains(modRole));
        return isModerator ? MemberRole.Moderator : platformRole;
    }

    private Reply? Limit(string community, string user) => limiter.Check(community, user) switch
    {
        RateDecision.SlowDown => Reply.Error(string.Create(CultureInfo.InvariantCulture,
            $"You're sending commands very fast: please slow down. The bot ignores your commands for the next {limiter.Quiet.TotalSeconds:0} seconds.")),
        RateDecision.Ignored => Reply.Silence,
        _ => null,
    };

    private async Task<Reply> RunAsync(Func<Task<Reply>> run, string usage, string name)
    {
        try
        {
            return await run();
        }
        catch (CommandUsageException ex)
        {
            return Reply.Error(usage.Length > 0 ? $"{ex.Message}\nUsage: {usage}" : ex.Message);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Command {Command} failed", name);
            return Reply.Error($"Sorry, /{name} failed on our side. The error was logged for the bot's operator.");
        }
    }

    private static Reply Refusal(string name, MemberRole needed) =>
        Reply.Error($"/{name} is for {PermissionTable.Describe(needed)} only. Nothing was changed.");

    private static string Sanitize(string name) => name.Length > 32 ? name[..32] + "…" : name;
}
