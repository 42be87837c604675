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
        Assert.Equal(JsonValueKind.Object, data.GetProperty("score").ValueKind);

        // The export itself is a file: the same JSON, readable names, nobody else's words.
        var file = Assert.Single(reply.Files);
        Assert.Equal("mydata-g1-u1.json", file.Name);
        Assert.False(file.IsImage);
        using var json = JsonDocument.Parse(file.Content);
        Assert.Equal(data.GetRawText(), json.RootElement.GetRawText());
        var content = System.Text.Encoding.UTF8.GetString(file.Content);
        Assert.Contains("\"kind\": \"reactionAdded\"", content, StringComparison.Ordinal);
        Assert.Contains("my own words", content, StringComparison.Ordinal);
        Assert.DoesNotContain("someone else's words", content, StringComparison.Ordinal);
        // The text says what the file holds, for clients that show no files.
        Assert.Contains("mydata-g1-u1.json: 2 events (1 message, 1 reactionAdded)", reply.Text, StringComparison.Ordinal);
        Assert.Contains("(visible)", reply.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("g/1", "../../etc", "mydata-g-1-etc.json")]
    [InlineData("-100123", "Anna Ü", "mydata-100123-Anna.json")]
    [InlineData("///", "***", "mydata-x-x.json")]
    public void FileName_LettersDigitsAndDashesOnly(string community, string user, string expected) =>
        Assert.Equal(expected, CommunityBot.Core.Members.MyDataCommand.FileName(community, user));
}
