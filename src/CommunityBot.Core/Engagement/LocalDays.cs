using System.Globalization;

namespace CommunityBot.Core.Engagement;

/// <summary>
/// Local calendar-day keys ("yyyy-MM-dd" in the community's time zone) for daily points, cached per quarter hour
/// of UTC: every zone's offset and every DST change falls on a quarter hour, so all instants of one quarter share a
/// local day. Converting and formatting per award was a large share of a full score of a million events.
/// </summary>
internal sealed class LocalDays(TimeZoneInfo zone)
{
    private static readonly long _quarter = TimeSpan.TicksPerMinute * 15;
    private readonly Dictionary<long, string> _byQuarter = [];
    private readonly Dictionary<DateOnly, string> _keys = [];

    /// <summary>The day of an instant given as UTC ticks (what the scoring state keeps).</summary>
    public string KeyOf(long utcTicks) => KeyOf(new DateTimeOffset(utcTicks, TimeSpan.Zero));

    public string KeyOf(DateTimeOffset at)
    {
        var quarter = at.UtcTicks / _quarter;
        if (_byQuarter.TryGetValue(quarter, out var cached))
        {
            return cached;
        }
        var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, zone).DateTime);
        if (!_keys.TryGetValue(day, out var key))
        {
            key = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            _keys[day] = key;
        }
        _byQuarter[quarter] = key;
        return key;
    }
}
