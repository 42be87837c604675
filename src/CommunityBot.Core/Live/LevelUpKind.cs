using CommunityBot.Core.Commands;

namespace CommunityBot.Core.Live;

/// <summary>Level-up announcements: one line per member, several in one message when they arrive together.</summary>
public sealed class LevelUpKind : IAnnouncementKind
{
    public static readonly LevelUpKind Instance = new();
    public static readonly string[] Placeholders = ["user", "level", "next", "title"];

    public string Name => "level-up";

    public TimeSpan Gap => TimeSpan.FromSeconds(5);

    public Reply Compose(IReadOnlyList<Announcement> batch) =>
        new(string.Join('\n', batch.Select(a => a.Line))) { Title = batch.Count == 1 ? "Level up" : "Level ups" };
}
