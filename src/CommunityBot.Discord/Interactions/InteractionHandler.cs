using System.Collections.Concurrent;
using CommunityBot.Core.Activity;
using CommunityBot.Core.Commands;
using CommunityBot.Core.Ingest;
using CommunityBot.Discord.Capture;
using CommunityBot.Discord.Gateway.Payloads;
using CommunityBot.Discord.Rest;
using CommunityBot.Discord.Rest.Payloads;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CommunityBot.Discord.Interactions;

/// <summary>
/// Runs slash commands (type 2) and button presses (type 3) through the dispatcher off the gateway loop, and answers
/// within Discord's 3 s: directly when the reply is ready by the deadline, otherwise deferred and edited in later.
/// </summary>
internal sealed partial class InteractionHandler(
    DiscordRestClient rest,
    CommandDispatcher dispatcher,
    IIngestQueue ingest,
    IOptions<DiscordOptions> options,
    TimeProvider clock,
    ILogger<InteractionHandler> logger)
{
    private const int MessageResponse = 4;
    private const int DeferredMessage = 5;
    private const int DeferredUpdate = 6;
    private const int UpdateMessage = 7;
    private readonly ConcurrentDictionary<Task, byte> _running = new();

    public void Start(Interaction interaction, CancellationToken ct)
    {
        var task = HandleAsync(interaction, ct);
        _running.TryAdd(task, 0);
        task.ContinueWith(t => _running.TryRemove(t, out _), CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
    }

    /// <summary>Waits for the interactions in flight (shutdown).</summary>
    public Task DrainAsync() => Task.WhenAll(_running.Keys);

    private async Task HandleAsync(Interaction interaction, CancellationToken ct)
    {
        try
        {
            await (interaction.Type switch
            {
                2 => CommandAsync(interaction, ct),
                3 => ButtonAsync(interaction, ct),
                _ => Task.CompletedTask,
            });
        }
        catch (Exception ex)
        {
            // Runs detached from the gateway loop: whatever goes wrong is logged here or nowhere.
            LogFailed(logger, interaction.Type, interaction.Data?.Name ?? interaction.Data?.CustomId, ex);
        }
    }

    private async Task CommandAsync(Interaction interaction, CancellationToken ct)
    {
        var name = interaction.Data?.Name;
        var spec = dispatcher.Specs.FirstOrDefault(s => s.Name == name);
        if (interaction.GuildId is null || interaction.ChannelId is null || spec is null)
        {
            var text = spec is null ? $"/{name} is not a command of this bot any more." : "Please use this command in a server.";
            await RespondAsync(interaction, MessageResponse, Reply.Error(text), ephemeral: true, ct);
            return;
        }
        var (line, error) = CommandLineBuilder.Build(spec, interaction.Data?.Options ?? []);
        if (error is not null)
        {
            await RespondAsync(interaction, MessageResponse, error, ephemeral: true, ct);
            return;
        }
        var caller = Caller(interaction);
        var request = new CommandRequest(DiscordEventTranslator.Platform, interaction.GuildId, interaction.ChannelId,
            caller.User, caller.Name, caller.Role, line!) { RoleIds = caller.RoleIds, RequestId = interaction.Id };
        await ingest.EnqueueAsync(CommandUsed(interaction, request, spec.Name), ct);
        await AnswerInTimeAsync(interaction, dispatcher.DispatchAsync(request, ct), spec.Private, update: false, ct);
    }

    private async Task ButtonAsync(Interaction interaction, CancellationToken ct)
    {
        if (interaction.GuildId is null || interaction.ChannelId is null || interaction.Data?.CustomId is not { } action)
        {
            return;
        }
        var caller = Caller(interaction);
        var press = new ButtonPress(DiscordEventTranslator.Platform, interaction.GuildId, interaction.ChannelId,
            caller.User, caller.Name, caller.Role, action) { RoleIds = caller.RoleIds };
        await AnswerInTimeAsync(interaction, dispatcher.PressAsync(press, ct), privateHint: false, update: true, ct);
    }

    private async Task AnswerInTimeAsync(Interaction interaction, Task<Reply> work, bool privateHint, bool update, CancellationToken ct)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
        if (await Task.WhenAny(work, Task.Delay(options.Value.InteractionDeadline, clock, deadline.Token)) == work)
        {
            await deadline.CancelAsync();
            var reply = await work;
            if (reply.IsSilent)
            {
                // Over the rate limit: a press is acknowledged without a change; a command is left unanswered
                // (Discord shows only the caller that it did not respond).
                if (update)
                {
                    await rest.RespondAsync(interaction.Id, interaction.Token, new InteractionResponse(DeferredUpdate, null), [], ct);
                }
                return;
            }
            // A refused or failed button press must not overwrite the message it sits on.
            var type = update && !reply.IsError ? UpdateMessage : MessageResponse;
            await RespondAsync(interaction, type, reply, type == MessageResponse && (reply.Ephemeral || privateHint), ct);
            return;
        }
        var placeholder = update ? null : new MessageCreate { Flags = privateHint ? ReplyRenderer.EphemeralFlag : null };
        await rest.RespondAsync(interaction.Id, interaction.Token,
            new InteractionResponse(update ? DeferredUpdate : DeferredMessage, placeholder), [], ct);
        var late = await work;
        if (late.IsSilent)
        {
            return;
        }
        var (message, files) = ReplyRenderer.Render(late, ephemeral: false);
        await rest.EditOriginalResponseAsync(interaction.ApplicationId, interaction.Token, message, files, ct);
    }

    /// <summary>Recorded (not scored); the interaction id keys it, so a redelivered interaction is stored once.</summary>
    private ActivityEvent CommandUsed(Interaction interaction, CommandRequest request, string command) => new()
    {
        Kind = EventKind.CommandUsed,
        Platform = request.Platform,
        Community = request.Community,
        Channel = request.Channel,
        User = request.User,
        UserName = request.UserName,
        At = Snowflake.TimeOf(interaction.Id) ?? clock.GetUtcNow(),
        Detail = command,
        Nonce = interaction.Id,
    };

    private async Task RespondAsync(Interaction interaction, int type, Reply reply, bool ephemeral, CancellationToken ct)
    {
        var (message, files) = ReplyRenderer.Render(reply, ephemeral);
        await rest.RespondAsync(interaction.Id, interaction.Token, new InteractionResponse(type, message), files, ct);
    }

    private (string User, string Name, MemberRole Role, IReadOnlyList<string> RoleIds) Caller(Interaction interaction)
    {
        var member = interaction.Member;
        var user = member?.User ?? interaction.User;
        var roleIds = member?.Roles ?? [];
        var role = PermissionRoles.RoleOf(member?.Permissions, roleIds, options.Value.ModeratorRoleId);
        return (user?.Id ?? "", member?.Nick ?? user?.DisplayName ?? "", role, roleIds);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Answering Discord interaction type {Type} ({Name}) failed")]
    private static partial void LogFailed(ILogger logger, int type, string? name, Exception error);
}
