using CommunityBot.Core.Commands;

namespace CommunityBot.Core.Live;

/// <summary>Welcomes: a newcomer alone gets the admins' template; a wave of joins within a minute gets one combined message.</summary>
public sealed class WelcomeKind : IAnnouncementKind
{
    public static readonly WelcomeKind Instance = new();
    public static readonly string[] Placeholders = ["user"];
    private const int NamesShown = 10;

    public string Name => "welcome";

    public TimeSpan Gap => TimeSpan.FromMinutes(1);

    public Reply Compose(IReadOnlyList<Announcement> batch)
    {
        var head = batch.Count == 1 ? batch[0].Line : Combined(batch.Select(a => a.Name ?? "").Where(n => n.Length > 0).ToList(), batch.Count);
        var footer = batch[^1].Footer;
        return new Reply(footer is null ? head : head + "\n" + footer) { Title = "Welcome" };
    }

    private static string Combined(List<string> names, int count)
    {
        var shown = names.Take(NamesShown).ToList();
        var others = count - shown.Count;
        var list = others > 0 ? string.Join(", ", shown) + $" and {others} others"
            : string.Join(", ", shown[..^1]) + " and " + shown[^1];
        return $"👋 Welcome to our {count} newcomers: {list}! Say hello and tell us what you are learning.";
    }
}
