namespace CommunityBot.Core.Commands;

/// <summary>A file sent with a reply: an image (shown inline where the platform can) or a document such as a data export.</summary>
public sealed record ReplyFile(string Name, byte[] Content)
{
    public bool IsImage =>
        Path.GetExtension(Name).ToUpperInvariant() is ".PNG" or ".JPG" or ".JPEG" or ".GIF" or ".WEBP";
}
