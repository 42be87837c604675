using CommunityBot.TestKit;

namespace CommunityBot.Storage.LiteDb.Tests;

public sealed class LiteDbContextTests
{
    [Fact]
    public void Open_CorruptFile_FailsNamingTheFileAndLeavesItUntouched()
    {
        using var folder = new TempFolder();
        var path = folder.File("communitybot.db");
        var garbage = Enumerable.Range(0, 20_000).Select(i => (byte)(i * 7)).ToArray();
        File.WriteAllBytes(path, garbage);
        var ex = Assert.Throws<StorageUnavailableException>(() => new LiteDbContext(path));
        Assert.Contains(path, ex.Message, StringComparison.Ordinal);
        Assert.Equal(garbage, File.ReadAllBytes(path));
    }

    [Fact]
    public void Open_FileLockedByAnotherProcess_FailsNamingTheFile()
    {
        using var folder = new TempFolder();
        var path = folder.File("communitybot.db");
        using (new LiteDbContext(path))
        {
        }
        // Another process holding the file exclusively looks the same to LiteDB as an exclusive handle here.
        using var holder = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.None);
        var ex = Assert.Throws<StorageUnavailableException>(() => new LiteDbContext(path));
        Assert.Contains(path, ex.Message, StringComparison.Ordinal);
        Assert.Contains("locked", ex.Message, StringComparison.Ordinal);
    }
}
