using System.Net;
using System.Net.Http.Headers;
using System.Net.WebSockets;
using System.Text;
using CommunityBot.Discord.Tests.StandIn;

namespace CommunityBot.Discord.Tests;

/// <summary>The stand-in must refuse what Discord refuses, or the adapter tests would prove nothing.</summary>
public sealed class StandInStrictnessTests
{
    private static string Row(int buttons, int idLength = 5) =>
        "[{\"type\":1,\"components\":[" + string.Join(',', Enumerable.Range(0, buttons)
            .Select(i => $"{{\"type\":2,\"style\":1,\"label\":\"b{i}\",\"custom_id\":\"{i}{new string('x', idLength - 1)}\"}}")) + "]}]";

    [Theory]
    [InlineData(null, "{\"content\":\"hi\"}", HttpStatusCode.Unauthorized)]
    [InlineData("Bearer " + DiscordStandIn.Token, "{\"content\":\"hi\"}", HttpStatusCode.Unauthorized)]
    [InlineData("Bot " + DiscordStandIn.Token, "{}", HttpStatusCode.BadRequest)]
    [InlineData("Bot " + DiscordStandIn.Token, "{\"content\":\"hi\",\"flags\":64}", HttpStatusCode.BadRequest)]
    [InlineData("Bot " + DiscordStandIn.Token, "{\"content\":\"hi\",\"allowed_mentions\":{\"parse\":[\"all\"]}}", HttpStatusCode.BadRequest)]
    [InlineData("Bot " + DiscordStandIn.Token, "{\"content\":\"hi\"}", HttpStatusCode.OK)]
    public async Task CreateMessage_AuthAndBody_CheckedLikeDiscord(string? authorization, string body, HttpStatusCode expected)
    {
        await using var standIn = await DiscordStandIn.StartAsync();

        Assert.Equal(expected, await PostMessageAsync(standIn, authorization, body));
    }

    [Fact]
    public async Task CreateMessage_OversizedParts_Rejected()
    {
        await using var standIn = await DiscordStandIn.StartAsync();
        var auth = "Bot " + DiscordStandIn.Token;

        Assert.Equal(HttpStatusCode.BadRequest, await PostMessageAsync(standIn, auth, $"{{\"content\":\"{new string('a', 2001)}\"}}"));
        Assert.Equal(HttpStatusCode.OK, await PostMessageAsync(standIn, auth, $"{{\"content\":\"{new string('a', 2000)}\"}}"));
        Assert.Equal(HttpStatusCode.BadRequest, await PostMessageAsync(standIn, auth, $"{{\"components\":{Row(6)}}}"));
        Assert.Equal(HttpStatusCode.OK, await PostMessageAsync(standIn, auth, $"{{\"components\":{Row(5)}}}"));
        Assert.Equal(HttpStatusCode.BadRequest, await PostMessageAsync(standIn, auth, $"{{\"components\":{Row(1, idLength: 101)}}}"));
    }

    [Theory]
    [InlineData("\"34307\"", 4013)]
    [InlineData("34307", null)]
    public async Task Identify_IntentsType_CheckedLikeDiscord(string intents, int? closeCode)
    {
        await using var standIn = await DiscordStandIn.StartAsync();
        using var socket = new ClientWebSocket();
        await socket.ConnectAsync(new Uri(standIn.GatewayBase + "/gateway/?v=10&encoding=json"), CancellationToken.None);
        var peer = await standIn.NextConnectionAsync();
        var identify = $"{{\"op\":2,\"d\":{{\"token\":\"{DiscordStandIn.Token}\",\"intents\":{intents},"
            + "\"properties\":{\"os\":\"linux\",\"browser\":\"x\",\"device\":\"x\"}}}";

        await socket.SendAsync(Encoding.UTF8.GetBytes(identify), WebSocketMessageType.Text, true, CancellationToken.None);
        await peer.Received.WaitAsync(r => r.Count == 1, "the identify");
        await peer.SendOpAsync(11, null);
        var buffer = new byte[4096];
        WebSocketReceiveResult result;
        do
        {
            result = await socket.ReceiveAsync(buffer, CancellationToken.None);
        }
        while (result.MessageType != WebSocketMessageType.Close && !Encoding.UTF8.GetString(buffer, 0, result.Count).Contains("\"op\":11", StringComparison.Ordinal));

        Assert.Equal(closeCode, result.MessageType == WebSocketMessageType.Close ? (int?)socket.CloseStatus : null);
    }

    private static async Task<HttpStatusCode> PostMessageAsync(DiscordStandIn standIn, string? authorization, string body)
    {
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, standIn.ApiBaseUrl + "/channels/100000000000000010/messages")
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        if (authorization is not null)
        {
            request.Headers.Authorization = AuthenticationHeaderValue.Parse(authorization);
        }
        using var response = await http.SendAsync(request);
        return response.StatusCode;
    }
}
