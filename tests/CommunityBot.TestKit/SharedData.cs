namespace CommunityBot.TestKit;

/// <summary>
/// The team's shared real data (chat exports, MovieLens): <c>COMMUNITYBOT_SHARED_DATA</c> when set, else found beside
/// the repository as ../shared/data (any folder above the test binaries that has shared/data).
/// </summary>
public static class SharedData
{
    public static string Path(params string[] parts)
    {
        if (Environment.GetEnvironmentVariable("COMMUNITYBOT_SHARED_DATA") is { Length: > 0 } configured)
        {
            return Directory.Exists(configured)
                ? System.IO.Path.Combine([configured, .. parts])
                : throw new DirectoryNotFoundException($"COMMUNITYBOT_SHARED_DATA points to '{configured}', which does not exist.");
        }
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, "shared", "data");
            if (Directory.Exists(candidate))
            {
                return System.IO.Path.Combine([candidate, .. parts]);
            }
        }
        throw new DirectoryNotFoundException("shared/data was not found above " + AppContext.BaseDirectory + "; it is expected beside the repository (or set COMMUNITYBOT_SHARED_DATA).");
    }
}
