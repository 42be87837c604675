namespace CommunityBot.Pictures;

/// <summary>Section "Pictures": whether replies carry cards, and where the fonts that draw them are.</summary>
public sealed class PictureOptions
{
    public const string Section = "Pictures";

    public bool Enabled { get; set; } = true;

    /// <summary>
    /// Folders searched (with their subfolders) for the font files of <see cref="FontLibrary.Wanted"/>. Debian's
    /// fonts-noto-core, fonts-droid-fallback and fonts-noto-color-emoji put them under /usr/share/fonts.
    /// </summary>
    public List<string> FontFolders { get; set; } = ["/usr/share/fonts"];
}
