using CommunityBot.CrashTest;
using System.Net;
using System.Net.Http.Json;
using CommunityBot.Control;
using CommunityBot.Storage.LiteDb;
using CommunityBot.TestKit;

namespace CommunityBot.Tests.Control;

/// <summary>`communitybot backup` while `communitybot run` keeps storing Telegram updates, then stop, restore, compare.</summary>
public sealed class LiveBackupVerbTests : IDisposable
{
    private readonly TempFolder _data = new();
    private readonly TempFolder _elsewhere = new();

    public void Dispose()
    {
        _data.Dispose();
        _elsewhere.Dispose();
    }

    [Fact]
    public async Task Backup_WhileTheBotStoresUpdates_IsAConsistentCopyThatRestores()
    {
        await using var api = await MinimalBotApi.StartAsync();
        await using var bot = BotProcess.Start(_data.Path, api.BotEnvironment(webhook: true));
        var control = await bot.WaitForControlFileAsync(_data.Path);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(ControlFile.PathIn(_data.Path)));
        }
        using var http = new HttpClient { BaseAddress = new Uri(control.Url) };
        for (var i = 1; i <= 100; i++)
        {
            await WebhookPost.PostAsync(http, i);
        }

        var writer = Task.Run(async () =>
        {
            for (var i = 101; i <= 400; i++)
            {
                await WebhookPost.PostAsync(http, i);
            }
        });
        var backupFile = _elsewhere.File("live.db");
        var made = await Cli.RunAsync(_data.Path, "backup", backupFile);
        await writer;

        Assert.True(made.ExitCode == 0, made.Err);
        Assert.Contains("Backed up the running bot's database", made.Out, StringComparison.Ordinal);
        var inBackup = CountEvents(backupFile);
        Assert.InRange(inBackup, 100, 400);
        Assert.Contains($"({inBackup:N0} events,", made.Out, StringComparison.Ordinal);

        var again = await Cli.RunAsync(_data.Path, "backup", backupFile);
        Assert.Equal(2, again.ExitCode);
        Assert.Contains("already exists", again.Err, StringComparison.Ordinal);

        Assert.Equal(0, await bot.StopAsync());
        Assert.False(File.Exists(ControlFile.PathIn(_data.Path)), "the control file outlived the bot");
        Assert.Equal(400, CountEvents(_data.File("communitybot.db")));

        var restoredFolder = Directory.CreateDirectory(_elsewhere.File("restored")).FullName;
        var restored = await Cli.RunAsync(restoredFolder, "restore", backupFile);
        Assert.True(restored.ExitCode == 0, restored.Err);
        Assert.Equal(inBackup, CountEvents(Path.Combine(restoredFolder, "communitybot.db")));
        var score = await Cli.RunAsync(restoredFolder, "score");
        Assert.True(score.ExitCode == 0, score.Err);
    }

    [Fact]
    public async Task ControlEndpoint_RefusesAWrongTokenAndWritesNothing()
    {
        await using var api = await MinimalBotApi.StartAsync();
        await using var bot = BotProcess.Start(_data.Path, api.BotEnvironment(webhook: true));
        var control = await bot.WaitForControlFileAsync(_data.Path);
        using var http = new HttpClient { BaseAddress = new Uri(control.Url) };
        var target = _elsewhere.File("stolen.db");
        foreach (var token in new[] { null, "", control.Token[..^1] + (control.Token[^1] == 'A' ? 'B' : 'A') })
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, ControlEndpoints.BackupPath)
            {
                Content = JsonContent.Create(new { file = target }),
            };
            if (token is not null)
            {
                request.Headers.Add(ControlFile.TokenHeader, token);
            }
            using var response = await http.SendAsync(request);
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }
        Assert.False(File.Exists(target));

        using var relative = new HttpRequestMessage(HttpMethod.Post, ControlEndpoints.BackupPath)
        {
            Content = JsonContent.Create(new { file = "relative.db" }),
        };
        relative.Headers.Add(ControlFile.TokenHeader, control.Token);
        using var refused = await http.SendAsync(relative);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
    }


    private static long CountEvents(string databaseFile)
    {
        using var db = new LiteDbContext(databaseFile);
        return db.Database.GetCollection("events").LongCount();
    }
}
