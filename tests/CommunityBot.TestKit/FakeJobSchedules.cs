using CommunityBot.Core.Communities;

namespace CommunityBot.TestKit;

/// <summary>Records applied schedules; the real Quartz implementation is tested in the executable's tests.</summary>
public sealed class FakeJobSchedules : IJobSchedules
{
    public IReadOnlyDictionary<string, string> Defaults { get; } = new Dictionary<string, string> { ["score"] = "0 0/15 * * * ?" };

    public List<CommunitySettings> Applied { get; } = [];

    public string? Validate(string cron) => cron.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length is 6 or 7 ? null : "expected 6 or 7 fields";

    public Task ApplyAsync(CommunitySettings settings, CancellationToken ct)
    {
        Applied.Add(settings);
        return Task.CompletedTask;
    }
}
