using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace CommunityBot.Control;

/// <summary>
/// control.json in the data folder: how the verbs reach the running bot (its local URL and a random token). Written
/// when the HTTP endpoint is up, readable by the owner only, deleted on stop; a file left by a killed bot is harmless
/// because its URL no longer answers.
/// </summary>
public sealed record ControlFile(string Url, string Token)
{
    public const string FileName = "control.json";
    public const string TokenHeader = "X-CommunityBot-Control";

    private static readonly JsonSerializerOptions _json = new(JsonSerializerDefaults.Web);

    public static string PathIn(string dataFolder) => System.IO.Path.Combine(dataFolder, FileName);

    public static ControlFile Create(string url) => new(url.TrimEnd('/'), Convert.ToHexString(RandomNumberGenerator.GetBytes(32)));

    public void WriteTo(string dataFolder)
    {
        Directory.CreateDirectory(dataFolder);
        var path = PathIn(dataFolder);
        File.Delete(path);
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }
        using var stream = new FileStream(path, options);
        JsonSerializer.Serialize(stream, this, _json);
    }

    public static ControlFile? ReadFrom(string dataFolder)
    {
        try
        {
            var file = JsonSerializer.Deserialize<ControlFile>(File.ReadAllText(PathIn(dataFolder)), _json);
            return file is { Url.Length: > 0, Token.Length: > 0 } ? file : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException)
        {
            return null;
        }
    }

    /// <summary>Deletes the file only if it is still this bot's (a second bot on the same folder may have replaced it).</summary>
    public void DeleteFrom(string dataFolder)
    {
        if (ReadFrom(dataFolder) is { } current && current.Token == Token)
        {
            File.Delete(PathIn(dataFolder));
        }
    }

    public bool Accepts(string? presented) =>
        presented is not null
        && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(presented), Encoding.UTF8.GetBytes(Token));
}
