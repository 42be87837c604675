using System.Text.Json;
using CommunityBot.Core.Commands;
using CommunityBot.Discord.Gateway;
using CommunityBot.Discord.Gateway.Payloads;
using CommunityBot.Discord.Interactions;
using CommunityBot.Discord.Rest;

namespace CommunityBot.Discord.Tests;

public sealed class UnitTests
{
    [Theory]
    [InlineData(4004, "Stop")]
    [InlineData(4010, "Stop")]
    [InlineData(4011, "Stop")]
    [InlineData(4013, "Stop")]
    [InlineData(4014, "Stop")]
    [InlineData(4007, "Identify")]
    [InlineData(4009, "Identify")]
    [InlineData(4000, "Resume")]
    [InlineData(4008, "Resume")]
    [InlineData(1006, "Resume")]
    [InlineData(null, "Resume")]
    public void Classify_CloseCode_MapsToDocumentedAction(int? code, string expected) =>
        Assert.Equal(Enum.Parse<DisconnectAction>(expected), GatewayCloseCodes.Classify(code).Action);

    [Fact]
    public void Build_TextWithSpacesThenNumber_ParsesBackToTheSameArguments()
    {
        var spec = new CommandSpec("note", "x", MemberRole.Member,
            [new ArgSpec("title", "t"), new ArgSpec("count", "c", ArgKind.Integer), new ArgSpec("rest", "r") { Rest = true }]);
        var options = new List<InteractionOption>
        {
            Option("count", "-3"),
            Option("title", "\"two words\""),
            Option("rest", "\"free text, kept as is\""),
        };

        var (line, error) = CommandLineBuilder.Build(spec, options);

        Assert.Null(error);
        var (name, args) = CommandLine.Parse(line!);
        Assert.Equal("note", name);
        Assert.Equal(["two words", "-3", "free", "text,", "kept", "as", "is"], args);
    }

    [Theory]
    [InlineData("/api/v10/channels/123/messages", "POST /api/v10/channels/123/messages", "123")]
    [InlineData("/api/v10/guilds/9/members/55", "POST /api/v10/guilds/9/members/:id", "9")]
    [InlineData("/api/v10/interactions/77/tok-en/callback", "POST /api/v10/interactions/:id/:id/callback", "")]
    [InlineData("/api/v10/webhooks/1/tok/messages/@original", "POST /api/v10/webhooks/1/tok/messages/@original", "1/tok")]
    public void Of_Path_KeepsOnlyMajorParameters(string path, string route, string major)
    {
        var key = RateLimitRoute.Of(HttpMethod.Post, path);

        Assert.Equal((route, major), (key.Route, key.Major));
    }

    [Theory]
    [InlineData("8", MemberRole.Admin)]
    [InlineData("32", MemberRole.Admin)]
    [InlineData("8192", MemberRole.Moderator)]
    [InlineData("1099511627776", MemberRole.Moderator)]
    [InlineData("1071698660929", MemberRole.Member)]
    [InlineData(null, MemberRole.Member)]
    public void RoleOf_PermissionBits_GiveTheRole(string? permissions, MemberRole expected) =>
        Assert.Equal(expected, PermissionRoles.RoleOf(permissions, [], null));

    [Fact]
    public void Escape_Markdown_EscapedButUrlsKept() =>
        Assert.Equal(@"\# not a heading, \*\*bold\*\* \<@1> https://x.io/a_b_c", DiscordMarkdown.Escape("# not a heading, **bold** <@1> https://x.io/a_b_c"));

    private static InteractionOption Option(string name, string json) =>
        new() { Name = name, Value = JsonDocument.Parse(json).RootElement.Clone() };
}
