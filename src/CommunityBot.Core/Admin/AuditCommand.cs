using System.Globalization;
using CommunityBot.Core.Commands;
using CommunityBot.Core.Communities;

namespace CommunityBot.Core.Admin;

/// <summary>/audit [N]: the community's last N admin actions (who, what, the values), newest first, in its time zone.</summary>
public sealed class AuditCommand(IAuditLog audit, ISettingsStore settings) : IBotCommand
{
    public const int DefaultCount = 10;
    public const int MaxCount = 100;

    public CommandSpec Spec { get; } = new("audit", "The last admin actions: who changed what", MemberRole.Admin,
        [new ArgSpec("count", $"how many (1–{MaxCount}, default {DefaultCount})", ArgKind.Integer)])
    { Private = true };

    public async Task<Reply> ExecuteAsync(CommandInvocation call, CancellationToken ct)
    {
        var count = call.Int(0) ?? DefaultCount;
        if (count is < 1 or > MaxCount)
        {
            throw new CommandUsageException($"Ask for 1 to {MaxCount} entries.");
        }
        var entries = await audit.RecentAsync(call.Community, count, ct);
        if (entries.Count == 0)
        {
            return new Reply("No admin action has been recorded here yet.") { Title = "Audit log", Ephemeral = true };
        }
        var zone = (await settings.GetAsync(call.Community, ct)).ResolveTimeZone();
        var lines = entries.Select(e =>
        {
            var local = TimeZoneInfo.ConvertTime(e.At, zone);
            var details = e.Details.Length > 0 ? " · " + Shorten(e.Details) : "";
            return string.Create(CultureInfo.InvariantCulture, $"{local:yyyy-MM-dd HH:mm} · {e.User} · {e.Action}{details}");
        });
        return new Reply(string.Join('\n', lines))
        {
            Title = string.Create(CultureInfo.InvariantCulture, $"Audit log: last {entries.Count} ({zone.Id})"),
            Data = entries.Select(e => new { at = e.At, user = e.User, action = e.Action, details = e.Details }).ToList(),
            Ephemeral = true,
        };
    }

    private static string Shorten(string details) => details.Length > 200 ? details[..200] + "…" : details;
}
