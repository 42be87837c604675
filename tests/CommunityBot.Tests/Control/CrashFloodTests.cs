using System.Text.Json;
using CommunityBot.TestKit;
using Xunit.Abstractions;

namespace CommunityBot.Tests.Control;

/// <summary>
/// `communitybot crashtest`: a Telegram flood through a real `communitybot run` child, SIGKILLed several times
/// mid-ingest. Telegram's offset is only confirmed after the store committed, so every update is stored exactly
/// once in the end. (With the router call not awaited, i.e. the offset confirmed before the commit, the same flood
/// reported 5,100 of 6,000 lost.)
/// </summary>
public sealed class CrashFloodTests(ITestOutputHelper output) : IDisposable
{
    private readonly TempFolder _data = new();

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task CrashTest_FloodThroughRepeatedKills_StoresEveryUpdateExactlyOnce()
    {
        var result = await Cli.RunAsync(_data.Path, "crashtest", "--updates", "6000", "--kills", "4");

        output.WriteLine(result.Err + result.Out);
        Assert.True(result.ExitCode == 0, result.Err);
        var json = JsonDocument.Parse(result.Out).RootElement;
        Assert.Equal((6_000, 4, 6_000, 0, 0),
            (json.GetProperty("updates").GetInt32(), json.GetProperty("kills").GetInt32(), json.GetProperty("stored").GetInt32(),
             json.GetProperty("lost").GetInt32(), json.GetProperty("doubled").GetInt32()));
        Assert.Equal(4, result.Err.Split('\n').Count(l => l.Contains("Telegram had confirmed up to update", StringComparison.Ordinal)));
        Assert.Empty(Directory.GetDirectories(_data.Path, "crashtest-*"));
    }

    [Fact]
    public async Task CrashTest_NegativeKills_RefusedWithUsageExit()
    {
        var result = await Cli.RunAsync(_data.Path, "crashtest", "--kills", "-1");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--kills", result.Err, StringComparison.Ordinal);
    }
}
