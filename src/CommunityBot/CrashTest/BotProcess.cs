using System.Diagnostics;
using CommunityBot.Control;

namespace CommunityBot.CrashTest;

/// <summary>`communitybot run` as a child process, stopped with SIGTERM the way a service manager stops it.</summary>
public sealed class BotProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly Task<string> _stderr;
    private readonly string? _staleToken;

    private BotProcess(Process process, string? staleToken)
    {
        _process = process;
        _staleToken = staleToken;
        _stderr = process.StandardError.ReadToEndAsync();
        _ = process.StandardOutput.ReadToEndAsync();
    }

    public static BotProcess Start(string dataFolder, IDictionary<string, string> environment)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = dataFolder,
        };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "communitybot.dll"), "run", "--data", dataFolder })
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
        // A killed bot leaves its control file behind; the new one overwrites it once it listens.
        var stale = ControlFile.ReadFrom(dataFolder)?.Token;
        return new BotProcess(Process.Start(start)!, stale);
    }

    /// <summary>Waits until the bot has written its control file, which it does once its HTTP endpoint listens.</summary>
    public async Task<ControlFile> WaitForControlFileAsync(string dataFolder)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"the bot exited with {_process.ExitCode}: {await _stderr}");
            }
            if (ControlFile.ReadFrom(dataFolder) is { } control && control.Token != _staleToken)
            {
                return control;
            }
            await Task.Delay(100);
        }
        throw new TimeoutException("the bot wrote no control file within 60 s");
    }

    /// <summary>SIGKILL: no shutdown code runs, as in a crash or an out-of-memory kill.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    public bool HasExited => _process.HasExited;

    public async Task<string> ErrorsAsync() => _process.HasExited ? await _stderr : "(still running)";

    public async Task<int> StopAsync()
    {
        using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await _process.WaitForExitAsync(timeout.Token);
        return _process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }
}
