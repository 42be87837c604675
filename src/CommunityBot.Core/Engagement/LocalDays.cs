using System.Globalization;

namespace CommunityBot.Core.Engagement;

/// <summary>
/// Local calendar-day keys ("yyyy-MM-dd" in the community's time zone) for daily points. Each day is formatted once
/// per scoring run: formatting per award was a large share of a full score of a million events.
/// </summary>
internal sealed class LocalDays(TimeZoneInfo zone)
{
    private readonly Dictionary<DateOnly, string> _keys = [];

    public string KeyOf(DateTimeOffset at)
    {
        var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, zone).DateTime);
        if (!_keys.TryGetValue(day, out var key))
        {
            key = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            _keys[day] = key;
        }
        return key;
    }
}
