using CommunityBot.TestKit;
using Microsoft.Playwright;

namespace CommunityBot.Tests.Browser;

/// <summary>
/// Debian's headless Chromium driven by Playwright (no browser download: the executable path is set). Installed from
/// Debian's packages the first time a test needs it on a fresh machine (as root, as CI runs; `.ci/run` installs it up
/// front too). The flags keep Chromium off the network: it only ever opens the test's 127.0.0.1 pages.
/// </summary>
internal static class Chromium
{
    public const string Executable = "/usr/bin/chromium";
    private static readonly Lazy<bool> _installed = new(() => DebianPackages.Install("chromium"));

    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        if (!File.Exists(Executable) && !_installed.Value)
        {
            throw new InvalidOperationException("Chromium is missing and apt-get install chromium failed.");
        }
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Executable,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
            ],
        });
        return (playwright, browser);
    }
}
