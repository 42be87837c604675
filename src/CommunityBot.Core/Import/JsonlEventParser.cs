using System.Globalization;
using System.Text.Json;
using CommunityBot.Core.Activity;

namespace CommunityBot.Core.Import;

/// <summary>
/// Parses one line of the neutral JSONL event format (DESIGN §7). A bad line gives a reason naming the problem,
/// never an exception, so one malformed line never stops an import.
/// </summary>
public static class JsonlEventParser
{
    public const int MaxTextLength = 40_000;

    public static ParsedLine Parse(string line, string? communityOverride = null)
    {
        if (string.IsNullOrWhiteSpace(line))
        {
            return ParsedLine.Skip;
        }
        try
        {
            using var json = JsonDocument.Parse(line);
            if (json.RootElement.ValueKind != JsonValueKind.Object)
            {
                return ParsedLine.Reject("not a JSON object");
            }
            return Build(new JsonFields(json.RootElement), communityOverride);
        }
        catch (JsonException ex)
        {
            return ParsedLine.Reject("invalid JSON: " + ex.Message.Split('.')[0]);
        }
        catch (InvalidOperationException)
        {
            return ParsedLine.Reject("a string is not valid Unicode (an unpaired surrogate escape such as \\ud800)");
        }
    }

    private static ParsedLine Build(JsonFields f, string? communityOverride)
    {
        var type = f.Str("type");
        if (type is null)
        {
            return ParsedLine.Reject("missing \"type\"");
        }
        if (!EventTypes.TryGetKind(type, f.Bool("removed"), out var kind))
        {
            return ParsedLine.Reject($"unknown type \"{Clip(type)}\" (expected {string.Join(", ", EventTypes.Names)})");
        }
        var community = communityOverride ?? f.Str("community");
        var user = f.Str("user");
        var ts = f.Str("ts");
        var missing = new[] { ("community", community), ("user", user), ("ts", ts) }.FirstOrDefault(x => string.IsNullOrWhiteSpace(x.Item2));
        if (missing.Item1 is not null)
        {
            return ParsedLine.Reject($"missing \"{missing.Item1}\"");
        }
        if (!DateTimeOffset.TryParse(ts, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at))
        {
            return ParsedLine.Reject($"\"ts\" is not an ISO 8601 time: \"{Clip(ts!)}\"");
        }
        var messageId = kind == EventKind.Message ? f.Str("id") : f.Str("messageId") ?? f.Str("id");
        if (messageId is null && kind is EventKind.Message or EventKind.Edit or EventKind.Delete or EventKind.ReactionAdded or EventKind.ReactionRemoved)
        {
            return ParsedLine.Reject(kind == EventKind.Message ? "missing \"id\" (the message id)" : "missing \"messageId\"");
        }
        var course = f.Str("course");
        if (course is null && kind is EventKind.RecommendationShown or EventKind.RecommendationClicked or EventKind.RecommendationFeedback or EventKind.CourseEnrolled)
        {
            return ParsedLine.Reject("missing \"course\"");
        }
        var text = f.Str("text");
        if (text is { Length: > MaxTextLength })
        {
            return ParsedLine.Reject($"\"text\" is {text.Length} characters; the limit is {MaxTextLength}");
        }
        if (kind is EventKind.ReactionAdded or EventKind.ReactionRemoved && string.IsNullOrEmpty(f.Str("emoji")))
        {
            return ParsedLine.Reject("missing \"emoji\"");
        }
        var clean = SafeText.Clean(text);
        return ParsedLine.Ok(new ActivityEvent
        {
            Kind = kind,
            Platform = f.Str("platform") ?? "import",
            Community = community!,
            Channel = f.Str("channel") ?? "",
            User = user!,
            UserName = SafeText.Clean(f.Str("userName")),
            IsBot = f.Bool("isBot"),
            At = at.ToUniversalTime(),
            MessageId = messageId,
            ReplyTo = f.Str("replyTo"),
            Text = clean,
            Length = clean?.Length ?? 0,
            Mentions = f.StrArray("mentions"),
            Attachments = f.Int("attachments"),
            ThreadStart = f.Bool("thread"),
            Emoji = f.Str("emoji"),
            Course = course,
            Detail = f.Str("feedback") ?? f.Str("detail") ?? f.Str("surface"),
            Value = f.Double("value"),
            Nonce = f.Str("nonce"),
        });
    }

    private static string Clip(string s) => s.Length > 40 ? s[..40] + "…" : s;
}
