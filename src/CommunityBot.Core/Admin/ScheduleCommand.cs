using CommunityBot.Core.Commands;
using CommunityBot.Core.Communities;

namespace CommunityBot.Core.Admin;

/// <summary>/schedule [JOB CRON]: when each job runs for this community (Quartz cron, community time zone).</summary>
public sealed class ScheduleCommand(ISettingsStore settings, AdminChange change, IJobSchedules schedules) : IBotCommand
{
    public CommandSpec Spec { get; } = new("schedule", "Show or change when the jobs run (cron)", MemberRole.Admin,
    [
        new ArgSpec("job", "Job name (omit to list)"),
        new ArgSpec("cron", "Quartz cron, e.g. \"0 0 10 ? * MON\"") { Rest = true },
    ]);

    public async Task<Reply> ExecuteAsync(CommandInvocation call, CancellationToken ct)
    {
        var current = await settings.GetAsync(call.Community, ct);
        var job = call.Arg(0)?.ToLowerInvariant();
        if (job is null)
        {
            return List("Job schedules", current);
        }
        if (!schedules.Defaults.ContainsKey(job))
        {
            throw new CommandUsageException($"Unknown job '{job}'. Jobs: {string.Join(", ", schedules.Defaults.Keys)}.");
        }
        var cron = call.Rest(1).Trim().Trim('"');
        if (cron.Length == 0)
        {
            throw new CommandUsageException($"Give a cron expression for {job}, for example \"{schedules.Defaults[job]}\".");
        }
        if (schedules.Validate(cron) is { } error)
        {
            throw new CommandUsageException($"'{cron}' is refused: {error}.");
        }
        var updated = current with { Schedules = new Dictionary<string, string>(current.Schedules) { [job] = cron } };
        await change.ApplyAsync(call, updated, "schedule " + job, cron, ct);
        await schedules.ApplyAsync(updated, ct);
        return List($"Saved: {job} now runs at \"{cron}\" ({updated.TimeZone})", updated);
    }

    private Reply List(string title, CommunitySettings s)
    {
        var rows = schedules.Defaults.ToDictionary(d => d.Key, d => s.Schedules.GetValueOrDefault(d.Key, d.Value));
        return new Reply(title + ":\n" + string.Join('\n', rows.Select(r => $"{r.Key}: {r.Value}")) + $"\nTime zone: {s.TimeZone}")
        {
            Title = title,
            Data = new { timeZone = s.TimeZone, schedules = rows },
        };
    }
}
