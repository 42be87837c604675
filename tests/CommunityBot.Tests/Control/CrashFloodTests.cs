using CommunityBot.Core.Activity;
using CommunityBot.Storage.LiteDb;
using CommunityBot.TestKit;
using LiteDB;
using Xunit.Abstractions;

namespace CommunityBot.Tests.Control;

/// <summary>
/// A Telegram flood through `communitybot run` killed with SIGKILL several times mid-ingest: Telegram's offset is
/// only confirmed after the store committed, so every update is stored exactly once in the end.
/// </summary>
public sealed class CrashFloodTests(ITestOutputHelper output) : IDisposable
{
    private const int Updates = 6_000;
    private const int Kills = 4;
    private readonly TempFolder _data = new();

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task Flood_ThroughRepeatedKills_StoresEveryUpdateExactlyOnce()
    {
        await using var api = await MinimalBotApi.StartAsync();
        for (var id = 1; id <= Updates; id++)
        {
            api.Queue(id, FloodUpdates.Message(id));
        }
        var environment = api.BotEnvironment(webhook: false);
        var random = new Random(16);
        for (var kill = 1; kill <= Kills; kill++)
        {
            await using var bot = BotProcess.Start(_data.Path, environment);
            await bot.WaitForControlFileAsync(_data.Path);
            var before = api.ConfirmedOffset;
            await WaitForAsync(bot, () => api.ConfirmedOffset >= Math.Min(before + 300, Updates + 1), "the bot to confirm 300 more updates");
            await Task.Delay(random.Next(0, 400));
            await bot.KillAsync();
            output.WriteLine($"kill {kill}: Telegram had confirmed up to update {api.ConfirmedOffset - 1}");
        }
        await using (var last = BotProcess.Start(_data.Path, environment))
        {
            await last.WaitForControlFileAsync(_data.Path);
            await WaitForAsync(last, () => api.ConfirmedOffset > Updates, "the bot to confirm every update");
            Assert.Equal(0, await last.StopAsync());
        }

        var (stored, distinct) = CountMessages();
        var lost = Updates - distinct;
        var doubled = stored - distinct;
        output.WriteLine($"{Updates} updates, {Kills} kills: {lost} lost, {doubled} doubled");
        Assert.Equal((0, 0), (lost, doubled));
    }

    private static async Task WaitForAsync(BotProcess bot, Func<bool> condition, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (!condition())
        {
            if (bot.HasExited)
            {
                throw new InvalidOperationException($"the bot exited while waiting for {what}: {await bot.ErrorsAsync()}");
            }
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"waited 90 s for {what}");
            }
            await Task.Delay(20);
        }
    }

    private (int Stored, int Distinct) CountMessages()
    {
        using var db = new LiteDbContext(_data.File("communitybot.db"));
        var messages = db.Database.GetCollection("events").Find(Query.EQ("k", (int)EventKind.Message)).Select(d => d["m"].AsString).ToList();
        return (messages.Count, messages.Distinct(StringComparer.Ordinal).Count());
    }
}
