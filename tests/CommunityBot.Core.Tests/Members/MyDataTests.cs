using System.Text.Json;
using CommunityBot.Core.Tests.Live;

namespace CommunityBot.Core.Tests.Members;

public sealed class MyDataTests
{
    [Fact]
    public async Task MyData_OwnEventsOnly_KindsAsNames_Private()
    {
        await using var bot = await LiveHarness.StartAsync();
        await bot.StoreAsync(
            bot.Events.Message("u1", TimeSpan.FromMinutes(5), "my own words", id: "m-u1"),
            bot.Events.Message("u2", TimeSpan.FromMinutes(4), "someone else's words", id: "m-u2"),
            bot.Events.Reaction("u1", "m-u2", TimeSpan.FromMinutes(3)));

        var reply = await bot.AskAsync("u1", "/mydata");

        Assert.True(reply.Ephemeral);
        var data = (JsonElement)reply.Data!;
        var kinds = data.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("kind").GetString()).ToList();
        Assert.Equal(["message", "reactionAdded"], kinds);
        Assert.Equal("u1", data.GetProperty("user").GetString());
        Assert.Contains("\"kind\": \"message\"", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("someone else's words", reply.Text, StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Object, data.GetProperty("score").ValueKind);
    }
}
