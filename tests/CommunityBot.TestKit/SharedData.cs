namespace CommunityBot.TestKit;

/// <summary>The team's shared real data (chat exports, MovieLens), found beside the repository as ../shared/data.</summary>
public static class SharedData
{
    public static string Path(params string[] parts)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, "shared", "data");
            if (Directory.Exists(candidate))
            {
                return System.IO.Path.Combine([candidate, .. parts]);
            }
        }
        throw new DirectoryNotFoundException("shared/data was not found above " + AppContext.BaseDirectory + "; it is expected beside the repository.");
    }
}
