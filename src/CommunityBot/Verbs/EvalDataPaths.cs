namespace CommunityBot.Verbs;

/// <summary>
/// Finds the shared data folder: CI clones the repository next to shared/, so it is ../shared/data from the
/// repository root; walking up from the working directory and from the binaries finds it from anywhere inside.
/// </summary>
public static class EvalDataPaths
{
    public const string MovieLensFolder = "movielens-latest-small";

    public static string? FindShared(string relative)
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "shared", "data", relative);
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }
            }
        }
        return null;
    }
}
