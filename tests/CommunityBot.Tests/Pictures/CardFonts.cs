using CommunityBot.TestKit;
using CommunityBot.Pictures;

namespace CommunityBot.Tests.Pictures;

/// <summary>
/// The card fonts, installed from Debian's packages the first time a test needs them on a fresh machine (as root, as
/// CI runs; `.ci/run` installs them up front too), so `dotnet test` alone works there.
/// </summary>
internal static class CardFonts
{
    public static readonly string[] Packages = ["fonts-noto-core", "fonts-droid-fallback", "fonts-noto-color-emoji"];
    private static readonly Lazy<bool> _installed = new(() => DebianPackages.Install(Packages));

    public static FontLibrary Load()
    {
        var folders = new PictureOptions().FontFolders;
        if (!File.Exists("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf") || !File.Exists("/usr/share/fonts/truetype/noto/NotoColorEmoji.ttf"))
        {
            _ = _installed.Value;
        }
        return FontLibrary.Load(folders)
            ?? throw new InvalidOperationException($"no card fonts under {string.Join(", ", folders)}: apt-get install {string.Join(' ', Packages)}");
    }
}
