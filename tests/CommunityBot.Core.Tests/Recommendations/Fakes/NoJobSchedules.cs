using CommunityBot.Core.Communities;

namespace CommunityBot.Core.Tests.Recommendations.Fakes;

/// <summary>Satisfies /schedule's dependency in hosts that run no scheduler.</summary>
internal sealed class NoJobSchedules : IJobSchedules
{
    public IReadOnlyDictionary<string, string> Defaults { get; } = new Dictionary<string, string>();

    public string? Validate(string cron) => null;

    public Task ApplyAsync(CommunitySettings settings, CancellationToken ct) => Task.CompletedTask;
}
