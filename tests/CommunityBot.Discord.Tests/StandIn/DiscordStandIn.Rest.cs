using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;

namespace CommunityBot.Discord.Tests.StandIn;

public sealed partial class DiscordStandIn
{
    private readonly ConcurrentDictionary<string, InteractionState> _interactions = new();

    private async Task HandleRestAsync(HttpContext context, string path, long timestamp)
    {
        var request = await ReadAsync(context, path, timestamp);
        if (_faults.TryPeek(out var hang) && hang.Status == Fault.HangStatus && path.Contains(hang.PathContains, StringComparison.Ordinal)
            && _faults.TryDequeue(out hang))
        {
            await Task.Delay(hang.Hang, _stopping.Token).ContinueWith(_ => { }, TaskScheduler.Default);
        }
        var (status, body) = Answer(request, context.Request.Method, path);
        request.Status = status;
        request.Error = status >= 400 ? body?.ToJsonString() : null;
        Requests.Add(request);
        context.Response.StatusCode = status;
        if (status == 429)
        {
            context.Response.Headers["Retry-After"] = Math.Ceiling((double)body!["retry_after"]!).ToString(CultureInfo.InvariantCulture);
            context.Response.Headers["X-RateLimit-Scope"] = (bool)body["global"]! ? "global" : "user";
            if ((bool)body["global"]!)
            {
                context.Response.Headers["X-RateLimit-Global"] = "true";
            }
        }
        if (MessageBucketResetAfter is { } resetAfter && status == 200 && ChannelMessages().IsMatch(path["/api/v10".Length..]))
        {
            context.Response.Headers["X-RateLimit-Limit"] = "1";
            context.Response.Headers["X-RateLimit-Remaining"] = "0";
            context.Response.Headers["X-RateLimit-Reset-After"] = resetAfter.ToString(CultureInfo.InvariantCulture);
            context.Response.Headers["X-RateLimit-Bucket"] = "channel-messages";
        }
        if (body is not null)
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(body.ToJsonString());
        }
    }

    private (int Status, JsonNode? Body) Answer(RecordedRequest request, string method, string path)
    {
        var route = path.StartsWith("/api/v10/", StringComparison.Ordinal) ? path["/api/v10".Length..] : null;
        if (route is null)
        {
            return (404, Error(0, "404: Not Found"));
        }
        var isWebhook = route.StartsWith("/interactions/", StringComparison.Ordinal) || route.StartsWith("/webhooks/", StringComparison.Ordinal);
        if ((!isWebhook || request.Authorization is not null) && request.Authorization != "Bot " + Token)
        {
            return (401, Error(0, "401: Unauthorized"));
        }
        if (_faults.TryPeek(out var fault) && fault.Method == method && route.Contains(fault.PathContains, StringComparison.Ordinal)
            && _faults.TryDequeue(out fault))
        {
            return fault.Status == 429
                ? (429, new JsonObject { ["message"] = "You are being rate limited.", ["retry_after"] = fault.RetryAfter, ["global"] = fault.Global })
                : (fault.Status, Error(0, "Upstream failure"));
        }
        return (method, route) switch
        {
            ("GET", "/gateway/bot") => (200, GatewayBot()),
            ("POST", "/users/@me/channels") => OpenDm(request),
            ("GET", _) when ChannelMessages().Match(route) is { Success: true } m => History(m.Groups[1].Value, request),
            ("GET", _) when ReactionUsers().Match(route) is { Success: true } m => Reactors(m.Groups[1].Value, m.Groups[2].Value, Uri.UnescapeDataString(m.Groups[3].Value)),
            ("POST", _) when ChannelMessages().Match(route) is { Success: true } m => CreateMessage(m.Groups[1].Value, request),
            ("POST", _) when Callback().Match(route) is { Success: true } m => InteractionCallback(m.Groups[1].Value, m.Groups[2].Value, request),
            ("PATCH", _) when Original().Match(route) is { Success: true } m => EditOriginal(m.Groups[1].Value, m.Groups[2].Value, request),
            ("PUT", _) when CommandsRoute().Match(route) is { Success: true } m => OverwriteCommands(m.Groups[1].Value, request),
            _ when RolesAnswer(method, route) is { } roles => roles,
            _ => (404, Error(0, "404: Not Found")),
        };
    }

    /// <summary>An exhausted limit (remaining 0) resets after SessionResetAfterMs: the next call finds it full again.</summary>
    private JsonObject GatewayBot()
    {
        var remaining = SessionStartRemaining;
        SessionStartRemaining = 1000;
        return new JsonObject
        {
            ["url"] = GatewayBase + "/gateway",
            ["shards"] = RecommendedShards,
            ["session_start_limit"] = new JsonObject
            {
                ["total"] = 1000, ["remaining"] = remaining, ["reset_after"] = SessionResetAfterMs, ["max_concurrency"] = MaxConcurrency,
            },
        };
    }

    /// <summary>Discord answers with the DM channel (type 1), the same one for every call with the same recipient.</summary>
    private (int, JsonNode?) OpenDm(RecordedRequest request)
    {
        if (request.Body?["recipient_id"]?.GetValue<string>() is not { Length: > 0 } recipient || !recipient.All(char.IsAsciiDigit))
        {
            return (400, Error(50035, "Invalid Form Body: recipient_id is required and must be a snowflake"));
        }
        var id = DmChannels.GetOrAdd(recipient, _ => NewId());
        return (200, new JsonObject { ["id"] = id, ["type"] = 1, ["recipients"] = new JsonArray(new JsonObject { ["id"] = recipient }) });
    }

    /// <summary>Recipient → DM channel id opened through POST /users/@me/channels.</summary>
    public ConcurrentDictionary<string, string> DmChannels { get; } = new();

    private (int, JsonNode?) CreateMessage(string channelId, RecordedRequest request) =>
        MessageRules.Message(request.Body, request.Files, interaction: false) is { } error
            ? (400, Error(50035, "Invalid Form Body: " + error))
            : (200, new JsonObject { ["id"] = NewId(), ["channel_id"] = channelId, ["type"] = 0 });

    private static (int, JsonNode?) OverwriteCommands(string applicationId, RecordedRequest request) =>
        applicationId != ApplicationId ? (403, Error(50001, "Missing Access"))
        : MessageRules.Commands(request.Body) is { } error ? (400, Error(50035, "Invalid Form Body: " + error))
        : (200, request.Body!.DeepClone());

    private static async Task<RecordedRequest> ReadAsync(HttpContext context, string path, long timestamp)
    {
        var auth = context.Request.Headers.Authorization.FirstOrDefault();
        if (context.Request.HasFormContentType)
        {
            var form = await context.Request.ReadFormAsync();
            var files = new List<RecordedFile>();
            foreach (var file in form.Files)
            {
                using var data = new MemoryStream();
                await file.CopyToAsync(data);
                files.Add(new RecordedFile(file.Name, file.FileName, data.ToArray()));
            }
            var payload = form["payload_json"].FirstOrDefault();
            return new RecordedRequest(context.Request.Method, path, auth, payload is null ? null : JsonNode.Parse(payload), files, timestamp)
            { IsMultipart = true };
        }
        using var reader = new StreamReader(context.Request.Body);
        var text = await reader.ReadToEndAsync();
        return new RecordedRequest(context.Request.Method, path, auth, text.Length == 0 ? null : JsonNode.Parse(text), [], timestamp)
        {
            Query = context.Request.Query.ToDictionary(q => q.Key, q => q.Value.ToString(), StringComparer.Ordinal),
            AuditReason = context.Request.Headers["X-Audit-Log-Reason"].FirstOrDefault() is { } reason ? Uri.UnescapeDataString(reason) : null,
        };
    }

    /// <summary>
    /// Each channel's message history (oldest first) for GET /channels/{id}/messages?after=&amp;limit=: Discord answers with the
    /// first <c>limit</c> (at most 100) messages after the id, newest first.
    /// </summary>
    public ConcurrentDictionary<string, List<JsonObject>> ChannelHistory { get; } = new();

    /// <summary>Who reacted to a message with an emoji: "channel/message/emoji" → users.</summary>
    public ConcurrentDictionary<string, List<JsonObject>> ReactionUsersOf { get; } = new();

    private (int, JsonNode?) History(string channelId, RecordedRequest request)
    {
        if (!request.Query.TryGetValue("limit", out var rawLimit) || !int.TryParse(rawLimit, CultureInfo.InvariantCulture, out var limit) || limit is < 1 or > 100)
        {
            return (400, Error(50035, "Invalid Form Body: limit must be 1 to 100"));
        }
        var after = request.Query.TryGetValue("after", out var raw) && ulong.TryParse(raw, CultureInfo.InvariantCulture, out var id) ? id : 0;
        var history = ChannelHistory.TryGetValue(channelId, out var found) ? found : [];
        var page = history.Where(m => ulong.Parse((string)m["id"]!, CultureInfo.InvariantCulture) > after).Take(limit).Reverse();
        return (200, new JsonArray(page.Select(m => (JsonNode)m.DeepClone()).ToArray()));
    }

    private (int, JsonNode?) Reactors(string channelId, string messageId, string emoji) =>
        (200, new JsonArray((ReactionUsersOf.TryGetValue($"{channelId}/{messageId}/{emoji}", out var users) ? users : [])
            .Select(u => (JsonNode)u.DeepClone()).ToArray()));

    [GeneratedRegex(@"^/channels/(\d+)/messages/(\d+)/reactions/([^/]+)$")]
    private static partial Regex ReactionUsers();

    [GeneratedRegex(@"^/channels/(\d+)/messages$")]
    private static partial Regex ChannelMessages();

    [GeneratedRegex(@"^/interactions/(\d+)/([^/]+)/callback$")]
    private static partial Regex Callback();

    [GeneratedRegex(@"^/webhooks/(\d+)/([^/]+)/messages/@original$")]
    private static partial Regex Original();

    [GeneratedRegex(@"^/applications/(\d+)(?:/guilds/\d+)?/commands$")]
    private static partial Regex CommandsRoute();
}
