namespace CommunityBot.Core.Communities;

/// <summary>When each job last ran for each community, so a fire missed while the bot was down runs once at start.</summary>
public interface IJobRunLog
{
    Task<DateTimeOffset?> LastRunAsync(string job, string community, CancellationToken ct);

    Task RecordAsync(string job, string community, DateTimeOffset at, CancellationToken ct);
}
