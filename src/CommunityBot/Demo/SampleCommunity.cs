using System.Globalization;
using System.Text.Json;

namespace CommunityBot.Demo;

/// <summary>
/// Generates a believable course-selling community in the JSONL format: experts answer questions about the catalog's
/// topics, learners ask and thank, regulars chat, lurkers react, a spammer bursts, a bot posts tips. Deterministic
/// (fixed seed) and relative to <c>now</c>, so the demo always lands inside the scoring window.
/// </summary>
public sealed partial class SampleCommunity(IReadOnlyList<SampleCourse> courses, DateTimeOffset now, string community = "demo")
{
    public const int Days = 70;
    private static readonly JsonSerializerOptions _json = new(JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private readonly Random _random = new(42);
    private readonly List<(DateTimeOffset At, string Line)> _lines = [];
    private readonly DateTimeOffset _end = new(now.Year, now.Month, now.Day, now.Hour, 0, 0, TimeSpan.Zero);
    private int _messageCounter;

    public IReadOnlyList<string> Generate()
    {
        var members = CreateMembers();
        foreach (var member in members)
        {
            var at = DayStart(member.JoinedDaysAgo).AddHours(8);
            Emit(at, new { type = "join", community, user = member.Id, userName = member.Name, isBot = member.Role == SampleRole.Bot, ts = Ts(at) });
        }
        for (var daysAgo = Days - 1; daysAgo >= 0; daysAgo--)
        {
            SimulateDay(members, daysAgo);
        }
        AddCourseHistory(members);
        return _lines.OrderBy(l => l.At).Select(l => l.Line).ToList();
    }

    private DateTimeOffset DayStart(int daysAgo) => _end.AddDays(-daysAgo).AddHours(-_end.Hour);

    private void Emit(DateTimeOffset at, object evt)
    {
        if (at <= _end)
        {
            _lines.Add((at, JsonSerializer.Serialize(evt, _json)));
        }
    }

    private static string Ts(DateTimeOffset at) => at.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);

    private string NextMessageId() => "m" + (++_messageCounter).ToString(CultureInfo.InvariantCulture);

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];
}
