namespace CommunityBot.Core.Communities;

/// <summary>Applies a community's job schedules to the running scheduler (the host implements it with Quartz).</summary>
public interface IJobSchedules
{
    /// <summary>The job names that can be scheduled, with their default cron expressions.</summary>
    IReadOnlyDictionary<string, string> Defaults { get; }

    /// <summary>Returns an error message when the cron expression is not valid, else null.</summary>
    string? Validate(string cron);

    Task ApplyAsync(CommunitySettings settings, CancellationToken ct);
}
