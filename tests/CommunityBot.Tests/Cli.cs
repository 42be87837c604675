using System.Diagnostics;

namespace CommunityBot.Tests;

/// <summary>Runs the real `communitybot` executable (built next to the tests) as a separate process.</summary>
public static class Cli
{
    public sealed record Result(int ExitCode, string Out, string Err);

    public static async Task<Result> RunAsync(string dataFolder, params string[] args) =>
        await RunWithEnvironmentAsync(dataFolder, new Dictionary<string, string>(), args);

    public static async Task<Result> RunWithEnvironmentAsync(string dataFolder, IDictionary<string, string> environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = dataFolder,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "communitybot.dll"));
        foreach (var arg in args.Append("--data").Append(dataFolder))
        {
            start.ArgumentList.Add(arg);
        }
        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("COMMUNITYBOT__", StringComparison.Ordinal)).ToList())
        {
            start.Environment.Remove(key);
        }
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return new Result(process.ExitCode, await stdout, await stderr);
    }
}
