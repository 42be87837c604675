using CommunityBot.Core.Platform;
using CommunityBot.Discord.Tests.StandIn;
using CommunityBot.Discord.Tests.Support;
using CommunityBot.TestKit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CommunityBot.Discord.Tests;

public sealed class OptionsTests
{
    [Fact]
    public void AddDiscord_NoTokenConfigured_RegistersNothing()
    {
        var services = new ServiceCollection();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection([new("Discord:ApiBaseUrl", "http://127.0.0.1:1")]).Build();

        services.AddDiscord(configuration);

        Assert.Empty(services);
    }

    [Fact]
    public async Task Start_TokenFromFile_IdentifiesWithIt()
    {
        await using var standIn = await DiscordStandIn.StartAsync();
        using var folder = new TempFolder();
        var tokenFile = folder.File("discord-token");
        await File.WriteAllTextAsync(tokenFile, DiscordStandIn.Token + "\n");
        await using var adapter = await AdapterHost.StartAsync(standIn, new Dictionary<string, string?>
        {
            ["Discord:Token"] = "",
            ["Discord:TokenFile"] = tokenFile,
        });

        var peer = await standIn.NextConnectionAsync();
        var identify = await peer.ExpectAsync(2);

        Assert.Equal(DiscordStandIn.Token, (string?)identify["d"]!["token"]);
        Assert.NotNull(adapter.Services.GetServices<IChatPlatform>().SingleOrDefault(p => p.Platform == "discord"));
    }

    [Fact]
    public async Task Start_ShardConfigured_IdentifiesAsThatShard()
    {
        await using var standIn = await DiscordStandIn.StartAsync();
        await using var adapter = await AdapterHost.StartAsync(standIn, new Dictionary<string, string?>
        {
            ["Discord:ShardId"] = "1",
            ["Discord:ShardCount"] = "2",
        });

        var identify = await (await standIn.NextConnectionAsync()).ExpectAsync(2);

        Assert.Equal("[1,2]", identify["d"]!["shard"]!.ToJsonString());
    }

    [Theory]
    [InlineData("Discord:ShardId", "1", "Discord:ShardIds names shard 1, but Discord:ShardCount is 1: shard ids go from 0 to 0")]
    [InlineData("Discord:ShardIds", "0,x", "Discord:ShardIds '0,x' is not a list of shard ids")]
    [InlineData("Discord:ShardIds", "3-1", "is not a list of shard ids")]
    [InlineData("Discord:ShardCount", "lots", "Discord:ShardCount 'lots' is neither a number from 1 to 65536 nor 'auto'")]
    [InlineData("Discord:ShardCount", "0", "neither a number")]
    [InlineData("Discord:ApiBaseUrl", "discord.com/api", "is not an absolute http(s) URL")]
    [InlineData("Discord:TokenFile", "/nonexistent/token", "does not exist")]
    [InlineData("Discord:InteractionDeadline", "00:00:05", "InteractionDeadline")]
    public async Task Start_InvalidSetting_FailsNamingTheSetting(string key, string value, string expected)
    {
        await using var standIn = await DiscordStandIn.StartAsync();
        var settings = new Dictionary<string, string?> { [key] = value };
        if (key == "Discord:TokenFile")
        {
            settings["Discord:Token"] = "";
        }

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => AdapterHost.StartAsync(standIn, settings));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }
}
