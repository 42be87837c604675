using CommunityBot.Core.Commands;
using CommunityBot.Core.Communities;

namespace CommunityBot.Core.Admin;

/// <summary>Saves a settings change and writes it to the audit log, so every admin action is traceable.</summary>
public sealed class AdminChange(ISettingsStore settings, IAuditLog audit)
{
    public async Task ApplyAsync(CommandInvocation call, CommunitySettings updated, string action, string details, CancellationToken ct)
    {
        await settings.SaveAsync(updated, ct);
        await RecordAsync(call, action, details, ct);
    }

    public Task RecordAsync(CommandInvocation call, string action, string details, CancellationToken ct) =>
        audit.AppendAsync(new AuditEntry(call.Community, call.User, action, details, call.Now), ct);
}
