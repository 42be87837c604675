using CommunityBot.Core.Communities;

namespace CommunityBot.Discord.Tests.Support;

/// <summary>Stands in for the executable's Quartz schedules, which /schedule needs and these tests never change.</summary>
public sealed class FixedJobSchedules : IJobSchedules
{
    public IReadOnlyDictionary<string, string> Defaults { get; } = new Dictionary<string, string> { ["score"] = "0 0 * * * ?" };

    public string? Validate(string cron) => null;

    public Task ApplyAsync(CommunitySettings settings, CancellationToken ct) => Task.CompletedTask;
}
