using CommunityBot.TestKit;

namespace CommunityBot.Tests.Storage;

/// <summary>The executable on PostgreSQL, chosen by configuration only, against a real server on 127.0.0.1.</summary>
public sealed class PostgresVerbTests : IDisposable
{
    private readonly TempFolder _data = new();

    public void Dispose() => _data.Dispose();

    private static Dictionary<string, string> OnPostgres(string connectionString) => new()
    {
        ["COMMUNITYBOT__STORAGE__PROVIDER"] = "postgres",
        ["COMMUNITYBOT__STORAGE__CONNECTIONSTRING"] = connectionString,
    };

    [Fact]
    public async Task Demo_AndAsk_RunOnPostgres_WithoutALiteDbFile()
    {
        var database = PostgresServer.CreateDatabase();

        var demo = await Cli.RunWithEnvironmentAsync(_data.Path, OnPostgres(database), "demo");
        var profile = await Cli.RunWithEnvironmentAsync(_data.Path, OnPostgres(database), "ask", "demo", "u2", "/profile");

        Assert.True(demo.ExitCode == 0, demo.Err);
        Assert.Contains("== /leaderboard engagement", demo.Out, StringComparison.Ordinal);
        Assert.True(profile.ExitCode == 0, profile.Err);
        Assert.Contains("level", profile.Out, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_data.Path, "communitybot.db")));
    }

    [Fact]
    public async Task ConnectionFromAFile_WorksLikeTheVariable()
    {
        var file = _data.File("pg-connection");
        await File.WriteAllTextAsync(file, PostgresServer.CreateDatabase() + "\n");

        var result = await Cli.RunWithEnvironmentAsync(_data.Path, new Dictionary<string, string>
        {
            ["COMMUNITYBOT__STORAGE__PROVIDER"] = "postgres", ["COMMUNITYBOT__STORAGE__CONNECTIONSTRINGFILE"] = file,
        }, "ask", "c1", "u1", "/help");

        Assert.True(result.ExitCode == 0, result.Err);
    }

    [Fact]
    public async Task Migrate_MovesTheDemoToPostgres_VerifiesIt_AndASecondRunChangesNothing()
    {
        var database = PostgresServer.CreateDatabase();
        Assert.Equal(0, (await Cli.RunAsync(_data.Path, "demo")).ExitCode);
        await Cli.RunAsync(_data.Path, "ask", "demo", "admin", "/course remove docker-101", "--role", "admin");
        var onLite = await Cli.RunAsync(_data.Path, "ask", "demo", "u2", "/profile");

        var first = await Cli.RunAsync(_data.Path, "migrate", "--to", "postgres", "--connection", database);
        var second = await Cli.RunAsync(_data.Path, "migrate", "--to", "postgres", "--connection", database);
        var onPostgres = await Cli.RunWithEnvironmentAsync(_data.Path, OnPostgres(database), "ask", "demo", "u2", "/profile");
        var courses = await Cli.RunWithEnvironmentAsync(_data.Path, OnPostgres(database), "ask", "demo", "u2", "/courses");

        Assert.True(first.ExitCode == 0, first.Err + first.Out);
        Assert.Contains("Verified 1 communities", first.Out, StringComparison.Ordinal);
        Assert.Matches(@"demo: [\d,]+ of [\d,]+ events, checksum [0-9a-f]{16} \(same\), \d+ members scored the same", first.Out);
        Assert.Contains("events: ", first.Err, StringComparison.Ordinal); // progress
        Assert.True(second.ExitCode == 0, second.Err + second.Out);
        Assert.Contains("events: 0 copied", second.Out, StringComparison.Ordinal);
        Assert.Equal(WithoutFiles(onLite.Out), WithoutFiles(onPostgres.Out));
        Assert.DoesNotContain("docker-101", courses.Out, StringComparison.Ordinal); // the catalog as it was, not the bundled one
    }

    /// <summary>The reply without the lines naming the picture files it wrote (their names hold the time).</summary>
    private static string WithoutFiles(string output) =>
        string.Join('\n', output.Split('\n').Where(l => !l.StartsWith("file:", StringComparison.Ordinal)));

    [Fact]
    public async Task Migrate_WithoutALiteDbDatabase_IsAUsageError()
    {
        var result = await Cli.RunAsync(_data.Path, "migrate", "--to", "postgres", "--connection", "Host=127.0.0.1");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("no LiteDB database", result.Err, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("postgres", null, "no connection string is set")]
    [InlineData("postgres", "Host=127.0.0.1;Port=1;Username=postgres;Database=none;Timeout=2", "cannot be used")]
    [InlineData("mysql", null, "'mysql' is not a store")]
    public async Task BadStorageSettings_StopWithAClearErrorAndExitCode3(string provider, string? connection, string message)
    {
        var environment = new Dictionary<string, string> { ["COMMUNITYBOT__STORAGE__PROVIDER"] = provider };
        if (connection is not null)
        {
            environment["COMMUNITYBOT__STORAGE__CONNECTIONSTRING"] = connection;
        }

        var result = await Cli.RunWithEnvironmentAsync(_data.Path, environment, "ask", "c1", "u1", "/help");

        Assert.Equal(3, result.ExitCode);
        Assert.Contains(message, result.Err, StringComparison.Ordinal);
    }
}
