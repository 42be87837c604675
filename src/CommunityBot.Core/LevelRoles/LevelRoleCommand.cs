using System.Globalization;
using System.Text.RegularExpressions;
using CommunityBot.Core.Admin;
using CommunityBot.Core.Commands;
using CommunityBot.Core.Communities;
using CommunityBot.Core.Live;
using CommunityBot.Core.Platform;

namespace CommunityBot.Core.LevelRoles;

/// <summary>
/// /levelrole add LEVEL ROLE | remove LEVEL|ROLE | list | mode stack|replace | sync: Discord roles members get as they
/// reach levels. Every change re-syncs the members with a level, in the background.
/// </summary>
public sealed partial class LevelRoleCommand(ISettingsStore settings, IRoleSyncQueue queue, LevelRoleSync sync, AdminChange change) : IBotCommand
{
    private const int MaxRoles = 25;
    private const int MaxRetired = 50;

    public CommandSpec Spec { get; } = new("levelrole", "Roles members get as they reach levels (Discord)", MemberRole.Admin,
    [
        new ArgSpec("action", "list (default), add, remove, mode, sync") { Choices = ["list", "add", "remove", "mode", "sync"] },
        new ArgSpec("value", "add: LEVEL ROLE; remove: LEVEL or ROLE; mode: stack or replace") { Rest = true },
    ]);

    public async Task<Reply> ExecuteAsync(CommandInvocation call, CancellationToken ct)
    {
        var action = call.Arg(0)?.ToLowerInvariant() ?? "list";
        if (await sync.AccessAsync(call.Platform, call.Community, ct) is not { } access)
        {
            return Reply.Error(call.Platform == "telegram"
                ? "Telegram has no roles. Level titles show in profiles, boards and level-ups instead: /leveltitle LEVEL TITLE."
                : $"Level roles need the Discord adapter running; {call.Platform} has no roles here.");
        }
        var current = await settings.GetAsync(call.Community, ct);
        var live = current.Live;
        var value = call.Rest(1).Trim();
        LiveSettings updated;
        switch (action)
        {
            case "list":
                return await ShowAsync(call, "Level roles", live, access, ct);
            case "sync":
                await sync.ResyncAllAsync(call.Community, ct);
                await change.RecordAsync(call, "levelrole sync", "", ct);
                return await ShowAsync(call, "Re-sync started", live, access, ct);
            case "add":
                updated = Add(live, access, value);
                break;
            case "remove":
                updated = Remove(live, access, value);
                break;
            case "mode":
                updated = live with
                {
                    LevelRoleMode = value.ToLowerInvariant() switch
                    {
                        "stack" => LevelRoleMode.Stack,
                        "replace" => LevelRoleMode.Replace,
                        _ => throw new CommandUsageException($"mode is stack (keep every role up to the level) or replace (only the highest), not '{value}'."),
                    },
                };
                break;
            default:
                throw new CommandUsageException($"Unknown action '{action}'. Use list, add, remove, mode or sync.");
        }
        await change.ApplyAsync(call, current with { Live = updated }, "levelrole " + action, value, ct);
        await sync.ResyncAllAsync(call.Community, ct);
        return await ShowAsync(call, "Saved", updated, access, ct);
    }

    private static LiveSettings Add(LiveSettings live, RoleAccess access, string value)
    {
        var parts = value.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length < 2)
        {
            throw new CommandUsageException("Give a level and a role: /levelrole add 5 @Regular");
        }
        var level = Level(parts[0]);
        var role = Resolve(access, parts[1]);
        if (access.Refusal(role) is { } refusal)
        {
            throw new CommandUsageException(refusal);
        }
        var others = live.LevelRoles.Where(r => r.Level != level && r.RoleId != role.Id).ToList();
        if (others.Count >= MaxRoles)
        {
            throw new CommandUsageException($"At most {MaxRoles} level roles; remove one first.");
        }
        return live with
        {
            LevelRoles = [.. others.Append(new LevelRole(level, role.Id, MessageTemplate.SafeName(role.Name, role.Id))).OrderBy(r => r.Level)],
            RetiredLevelRoles = Retire(live, live.LevelRoles.Where(r => r.Level == level && r.RoleId != role.Id).Select(r => r.RoleId), role.Id),
        };
    }

    private static LiveSettings Remove(LiveSettings live, RoleAccess access, string value)
    {
        var removed = int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var level)
            ? live.LevelRoles.Where(r => r.Level == level).ToList()
            : live.LevelRoles.Where(r => r.RoleId == Resolve(access, value).Id).ToList();
        if (removed.Count == 0)
        {
            throw new CommandUsageException($"No level role matches '{value}'. /levelrole list shows them.");
        }
        return live with
        {
            LevelRoles = live.LevelRoles.Except(removed).ToList(),
            RetiredLevelRoles = Retire(live, removed.Select(r => r.RoleId), except: null),
        };
    }

    /// <summary>Roles no longer mapped are taken back from members; a role mapped again is no longer retired.</summary>
    private static List<string> Retire(LiveSettings live, IEnumerable<string> roles, string? except) =>
        live.RetiredLevelRoles.Concat(roles).Where(r => r != except).Distinct(StringComparer.Ordinal).TakeLast(MaxRetired).ToList();

    private static PlatformRole Resolve(RoleAccess access, string raw)
    {
        var key = RoleMention().Match(raw) is { Success: true } m ? m.Groups[1].Value : raw;
        return access.Find(key) ?? access.Find(key.TrimStart('@')) ?? throw new CommandUsageException($"No role '{MessageTemplate.SafeName(raw, "")}' on this server: give its name, its id or mention it.");
    }

    private static int Level(string raw) =>
        int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var level) && level is >= 1 and <= 1000
            ? level
            : throw new CommandUsageException($"A level is a whole number from 1 to 1000, not '{MessageTemplate.SafeName(raw, "")}'.");

    private async Task<Reply> ShowAsync(CommandInvocation call, string title, LiveSettings live, RoleAccess access, CancellationToken ct)
    {
        var lines = new List<string>
        {
            live.LevelRoleMode == LevelRoleMode.Stack
                ? "mode: stack (members keep every role up to their level)"
                : "mode: replace (members keep only the role of their highest level)",
        };
        lines.AddRange(live.LevelRoles.Count == 0
            ? ["No level roles yet. Add one with /levelrole add 5 @Regular."]
            : live.LevelRoles.Select(r => string.Create(CultureInfo.InvariantCulture, $"level {r.Level}+: {Problem(access, r)}")));
        if (!access.CanManageRoles)
        {
            lines.Add("⚠ " + RoleAccess.MissingManageRoles);
        }
        var waiting = await queue.CountAsync(call.Community, ct);
        if (waiting > 0)
        {
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"{waiting:N0} members waiting for their roles to be synced."));
        }
        if (sync.ProblemOf(call.Community) is { } problem)
        {
            lines.Add("⚠ Sync paused for a few minutes: " + problem);
        }
        return new Reply(string.Join('\n', lines))
        {
            Title = title,
            Data = live.LevelRoles.Select(r => new { level = r.Level, role = r.RoleId, name = r.RoleName }).ToList(),
        };
    }

    private static string Problem(RoleAccess access, LevelRole mapped) => access.Find(mapped.RoleId) switch
    {
        null => $"{mapped.RoleName} ⚠ this role no longer exists",
        { } role when access.CanManageRoles && access.Refusal(role) is { } refusal => $"{role.Name} ⚠ {refusal}",
        { } role => role.Name,
    };

    [GeneratedRegex(@"^<@&(\d+)>$")]
    private static partial Regex RoleMention();
}
