using System.Globalization;
using System.Text.Json;
using CommunityBot.Demo;
using CommunityBot.TestKit;

namespace CommunityBot.Tests;

public sealed class VerbTests : IDisposable
{
    private readonly TempFolder _data = new();

    public void Dispose() => _data.Dispose();

    private string WriteSample()
    {
        var courses = SampleCourse.Load(Path.Combine(AppContext.BaseDirectory, "config", "courses.json"));
        var path = _data.File("sample.jsonl");
        File.WriteAllLines(path, new SampleCommunity(courses, DateTimeOffset.UtcNow, "acme").Generate());
        return path;
    }

    private async Task<JsonElement> AskJsonAsync(string user, string line, string role = "member")
    {
        var result = await Cli.RunAsync(_data.Path, "ask", "acme", user, line, "--role", role, "--json");
        return JsonDocument.Parse(result.Out).RootElement;
    }

    [Fact]
    public async Task Demo_WithoutTokens_PrintsLeaderboardStatsAndProfiles()
    {
        var result = await Cli.RunAsync(_data.Path, "demo");
        Assert.True(result.ExitCode == 0, result.Err);
        Assert.Contains("== /leaderboard engagement", result.Out, StringComparison.Ordinal);
        Assert.Contains("Community activity I =", result.Out, StringComparison.Ordinal);
        Assert.Contains("/profile of #1", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("CourseBot", result.Out, StringComparison.Ordinal); // bots never appear
        var second = await Cli.RunAsync(_data.Path, "demo"); // replaces the earlier demo
        Assert.Contains("0 duplicates skipped", second.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_Twice_GivesSameScoresAndCounts()
    {
        var file = WriteSample();
        var first = await Cli.RunAsync(_data.Path, "import", file);
        Assert.True(first.ExitCode == 0, first.Err);
        await Cli.RunAsync(_data.Path, "score");
        var boardOnce = await PointsBoardAsync();
        var profileOnce = (await AskJsonAsync("u1", "/profile")).GetProperty("data");

        var second = await Cli.RunAsync(_data.Path, "import", file);
        var lines = File.ReadAllLines(file).Length.ToString("N0", CultureInfo.InvariantCulture);
        Assert.Contains($"0 stored, {lines} duplicates skipped", second.Out, StringComparison.Ordinal);
        await Cli.RunAsync(_data.Path, "score");
        Assert.Equal(boardOnce, await PointsBoardAsync());
        var profileTwice = (await AskJsonAsync("u1", "/profile")).GetProperty("data");
        foreach (var field in new[] { "points", "level", "messages", "repliesReceived", "reactionsReceived", "reactionsGiven", "thanksReceived" })
        {
            Assert.Equal(profileOnce.GetProperty(field).GetInt64(), profileTwice.GetProperty(field).GetInt64());
        }
        foreach (var field in new[] { "engagement", "content", "interest", "interaction" })
        {
            // Scores decay with time, and a few seconds pass between the two scoring runs.
            Assert.Equal(profileOnce.GetProperty(field).GetDouble(), profileTwice.GetProperty(field).GetDouble(), 3);
        }
    }

    private async Task<List<string>> PointsBoardAsync()
    {
        var entries = (await AskJsonAsync("u1", "/leaderboard all 1")).GetProperty("data").GetProperty("entries");
        return entries.EnumerateArray().Select(e => $"{e.GetProperty("rank")} {e.GetProperty("user")} {e.GetProperty("score")} {e.GetProperty("level")}").ToList();
    }

    [Fact]
    public async Task Import_MalformedLines_ReportedWithLineNumbersAndRestImported()
    {
        var path = _data.File("mixed.jsonl");
        File.WriteAllLines(path,
        [
            """{"type":"message","community":"acme","channel":"general","id":"m1","user":"u1","userName":"Alice","ts":"2026-11-02T10:00:00Z","text":"hi"}""",
            "this is not json",
            """{"type":"message","community":"acme","id":"m2","ts":"2026-11-02T10:00:00Z"}""",
            """{"type":"reaction","community":"acme","messageId":"m1","user":"u2","emoji":"👍","ts":"2026-11-02T10:01:00Z"}""",
        ]);
        var result = await Cli.RunAsync(_data.Path, "import", path);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("4 lines read, 2 stored, 0 duplicates skipped, 2 rejected", result.Out, StringComparison.Ordinal);
        Assert.Contains("mixed.jsonl line 2: invalid JSON", result.Out, StringComparison.Ordinal);
        Assert.Contains("mixed.jsonl line 3: missing \"user\"", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_RealChatExports_StoredOnceAndScored()
    {
        var telegram = SharedData.Path("chat-samples", "telegram");
        var first = await Cli.RunAsync(_data.Path, "import", telegram, "--format", "telegram-export");
        Assert.Contains("409 lines read, 409 stored", first.Out, StringComparison.Ordinal);
        var again = await Cli.RunAsync(_data.Path, "import", telegram, "--format", "telegram-export");
        Assert.Contains("0 stored, 409 duplicates skipped", again.Out, StringComparison.Ordinal);
        var discord = await Cli.RunAsync(_data.Path, "import", SharedData.Path("chat-samples", "discord"), "--format", "discord-export");
        Assert.Contains("skipped 7 × reaction count without reactors", discord.Out, StringComparison.Ordinal);
        await Cli.RunAsync(_data.Path, "score");
        var board = await Cli.RunAsync(_data.Path, "ask", "748545324524575035", "x", "/leaderboard all");
        Assert.Contains("#1 Adam", board.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_ExportCutOffPartWay_ImportsWhatIsCompleteAndSaysWhereItStopped()
    {
        var whole = await File.ReadAllBytesAsync(SharedData.Path("chat-samples", "telegram", "software-testing.json"));
        var path = _data.File("cut.json");
        await File.WriteAllBytesAsync(path, whole[..(whole.Length * 2 / 3)]);

        var result = await Cli.RunAsync(_data.Path, "import", path, "--format", "telegram-export");

        Assert.Equal(0, result.ExitCode);
        var line = Assert.Single(result.Out.Split('\n'), l => l.Contains("the file ends early", StringComparison.Ordinal));
        Assert.Matches(@"rejected cut\.json message (\d+): the file ends early at byte [\d,]+, inside message \1: the [\d,]+ messages before it were read", line);
        var stored = int.Parse(System.Text.RegularExpressions.Regex.Match(result.Out, @"lines read, (\d+) stored").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(stored, 100, 200); // about two thirds of the 215 events the whole file gives
    }

    [Fact]
    public async Task AskJson_LeaderboardProfileAndWeights_HaveDocumentedShapes()
    {
        await Cli.RunAsync(_data.Path, "import", WriteSample());
        await Cli.RunAsync(_data.Path, "score");
        var board = await AskJsonAsync("u1", "/leaderboard engagement");
        var entry = board.GetProperty("data").GetProperty("entries")[0];
        foreach (var field in new[] { "rank", "user", "name", "score" })
        {
            Assert.True(entry.TryGetProperty(field, out _), field);
        }
        var profile = (await AskJsonAsync("u1", "/profile")).GetProperty("data");
        foreach (var field in new[] { "engagement", "content", "interest", "interaction", "points", "level", "rank" })
        {
            Assert.True(profile.TryGetProperty(field, out _), field);
        }
        var weights = (await AskJsonAsync("admin", "/weights show", "admin")).GetProperty("data");
        Assert.Equal(0.6, weights.GetProperty("alpha").GetDouble());
        Assert.Equal(0.3, weights.GetProperty("beta").GetDouble());
        Assert.Equal(0, (await AskJsonAsync("u1", "/help")).GetProperty("attachments").GetArrayLength());
    }

    [Fact]
    public async Task Ask_MyData_WritesTheExportFileAndPrintsItsPath()
    {
        await Cli.RunAsync(_data.Path, "import", WriteSample());
        var folder = _data.File("files");

        var json = JsonDocument.Parse((await Cli.RunAsync(_data.Path, "ask", "acme", "u1", "/mydata", "--json", "--files", folder)).Out).RootElement;
        var path = json.GetProperty("attachments")[0].GetString()!;
        Assert.StartsWith(folder, path, StringComparison.Ordinal);
        Assert.EndsWith("mydata-acme-u1.json", path, StringComparison.Ordinal);
        using var export = JsonDocument.Parse(await File.ReadAllBytesAsync(path));
        Assert.Equal("u1", export.RootElement.GetProperty("user").GetString());
        Assert.True(export.RootElement.GetProperty("events").GetArrayLength() > 0);

        var plain = await Cli.RunAsync(_data.Path, "ask", "acme", "u1", "/mydata", "--files", folder);
        var printed = plain.Out.Split('\n').Single(l => l.StartsWith("file: ", StringComparison.Ordinal))["file: ".Length..].Trim();
        Assert.NotEqual(path, printed); // a second answer never overwrites the first
        Assert.True(File.Exists(printed));
    }

    [Fact]
    public async Task Ask_MemberRunsAdminCommand_RefusedWithExitCode1()
    {
        var result = await Cli.RunAsync(_data.Path, "ask", "acme", "u1", "/weights set alpha=0 beta=0 gamma=1");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("admins only", result.Out, StringComparison.Ordinal);
        var weights = (await AskJsonAsync("admin", "/weights show", "admin")).GetProperty("data");
        Assert.Equal(0.6, weights.GetProperty("alpha").GetDouble());
    }

    [Fact]
    public async Task Run_WithoutAnyToken_ExplainsWhichSettingsToSet()
    {
        var result = await Cli.RunAsync(_data.Path, "run");
        Assert.Equal(4, result.ExitCode);
        Assert.Contains("COMMUNITYBOT__TELEGRAM__TOKEN", result.Err, StringComparison.Ordinal);
        Assert.Contains("COMMUNITYBOT__DISCORD__TOKEN", result.Err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_TelegramUnreachable_StopsWithClearMessageAndNoToken()
    {
        const string token = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw0";
        var result = await Cli.RunWithEnvironmentAsync(_data.Path, new Dictionary<string, string>
        {
            ["COMMUNITYBOT__TELEGRAM__TOKEN"] = token,
            ["COMMUNITYBOT__TELEGRAM__APIBASEURL"] = "http://127.0.0.1:9",
            ["COMMUNITYBOT__HTTP__URL"] = "http://127.0.0.1:0",
        }, "run");
        Assert.Equal(4, result.ExitCode);
        Assert.Contains("error: Could not reach the Telegram Bot API at http://127.0.0.1:9", result.Err, StringComparison.Ordinal);
        Assert.DoesNotContain(token, result.Err + result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw0", result.Err + result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Score_CorruptDatabase_StopsNamingTheFile()
    {
        var db = _data.File("communitybot.db");
        File.WriteAllText(db, "definitely not a database, but someone's precious file");
        var result = await Cli.RunAsync(_data.Path, "score");
        Assert.Equal(3, result.ExitCode);
        Assert.Contains(db, result.Err, StringComparison.Ordinal);
        Assert.Equal("definitely not a database, but someone's precious file", File.ReadAllText(db));
    }

    [Fact]
    public async Task BackupThenRestore_BringsBackTheEarlierState()
    {
        await Cli.RunAsync(_data.Path, "import", WriteSample());
        var backup = _data.File("backups/before.db");
        var made = await Cli.RunAsync(_data.Path, "backup", backup);
        Assert.True(made.ExitCode == 0, made.Err);
        await Cli.RunAsync(_data.Path, "ask", "acme", "boss", "/config timezone Europe/Berlin", "--role", "admin");
        var restored = await Cli.RunAsync(_data.Path, "restore", backup);
        Assert.True(restored.ExitCode == 0, restored.Err);
        Assert.Contains("previous database is kept", restored.Out, StringComparison.Ordinal);
        var config = await Cli.RunAsync(_data.Path, "ask", "acme", "boss", "/config", "--role", "admin");
        Assert.Contains("timezone: UTC", config.Out, StringComparison.Ordinal);
        Assert.Equal(2, (await Cli.RunAsync(_data.Path, "backup", backup)).ExitCode); // never overwrites
    }

    [Fact]
    public async Task UnknownVerb_PrintsHelpfulErrorNonZero()
    {
        var result = await Cli.RunAsync(_data.Path, "frobnicate");
        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("frobnicate", result.Err + result.Out, StringComparison.Ordinal);
    }
}
