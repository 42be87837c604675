using CommunityBot.Core.Communities;

namespace CommunityBot.Telegram.Tests.Harness;

/// <summary>The executable schedules jobs with Quartz; the adapter tests only need /schedule to resolve.</summary>
public sealed class FixedJobSchedules : IJobSchedules
{
    public IReadOnlyDictionary<string, string> Defaults { get; } = new Dictionary<string, string> { ["score"] = "0 0 * * * ?" };

    public string? Validate(string cron) => null;

    public Task ApplyAsync(CommunitySettings settings, CancellationToken ct) => Task.CompletedTask;
}
