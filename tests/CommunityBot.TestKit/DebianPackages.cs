using System.Diagnostics;

namespace CommunityBot.TestKit;

/// <summary>
/// Installs Debian packages a test needs on a fresh machine (as root, as CI runs; `.ci/run` installs them up front too),
/// so `dotnet test` alone works there. False when apt-get fails (not root, no package index).
/// </summary>
public static class DebianPackages
{
    public static bool Install(params string[] packages)
    {
        using var process = Process.Start(new ProcessStartInfo("sh", ["-c", "apt-get update -qq && apt-get install -y -qq " + string.Join(' ', packages)])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var output = process.StandardOutput.ReadToEndAsync();
        process.StandardError.ReadToEnd();
        process.WaitForExit();
        output.Wait();
        return process.ExitCode == 0;
    }
}
