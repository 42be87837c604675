namespace CommunityBot.Core.Communities;

/// <summary>How the bot acts in the community on its own: level-up announcements, level titles, welcomes, nudges and weekly challenges.</summary>
public sealed record LiveSettings
{
    public const string DefaultLevelUpTemplate = "🎉 {user} reached level {level}{title}! {next} points to the next level.";
    public const string DefaultWelcomeTemplate = "👋 Welcome {user}! Say hello and tell us what you are learning.";

    public bool LevelUps { get; init; } = true;
    /// <summary>Where level-ups are announced; null: in the channel where the member leveled up.</summary>
    public string? LevelUpChannel { get; init; }
    public string LevelUpTemplate { get; init; } = DefaultLevelUpTemplate;
    /// <summary>Level → title; a member carries the title of the highest level reached.</summary>
    public IReadOnlyDictionary<int, string> LevelTitles { get; init; } = new Dictionary<int, string>();
    /// <summary>Discord roles members get from a level on (/levelrole).</summary>
    public IReadOnlyList<Core.LevelRoles.LevelRole> LevelRoles { get; init; } = [];
    public Core.LevelRoles.LevelRoleMode LevelRoleMode { get; init; } = Core.LevelRoles.LevelRoleMode.Stack;
    /// <summary>Roles once mapped and since removed: taken back from members who still have them.</summary>
    public IReadOnlyList<string> RetiredLevelRoles { get; init; } = [];

    /// <summary>Whether any role is mapped, or was and may still need taking away.</summary>
    public bool HasLevelRoles => LevelRoles.Count + RetiredLevelRoles.Count > 0;
    /// <summary>Where newcomers are welcomed; null: welcomes are off.</summary>
    public string? WelcomeChannel { get; init; }
    public string WelcomeTemplate { get; init; } = DefaultWelcomeTemplate;
    /// <summary>An opted-in member is nudged after this many days without own activity…</summary>
    public int NudgeInactiveDays { get; init; } = 14;
    /// <summary>…or when their engagement fell by this many percent from the highest the nudge job saw.</summary>
    public int NudgeDropPercent { get; init; } = 50;
    /// <summary>Where weekly challenges are posted; null: challenges are off.</summary>
    public string? ChallengeChannel { get; init; }
    /// <summary>Bonus points per credited reply to a challenge.</summary>
    public int ChallengeBonus { get; init; } = 10;
    public int ChallengeDays { get; init; } = 7;
    /// <summary>Prompts admins queued; the challenge job posts the first and drops it.</summary>
    public IReadOnlyList<Challenges.ChallengePrompt> ChallengeQueue { get; init; } = [];

    /// <summary>The title of <paramref name="level"/>: the one set for the highest level at or below it.</summary>
    /// <remarks>Asked once per row of every leaderboard, so a plain scan instead of a sorted query.</remarks>
    public string? TitleFor(int level)
    {
        (int Level, string Title)? best = null;
        foreach (var (at, title) in LevelTitles)
        {
            if (at <= level && (best is null || at > best.Value.Level))
            {
                best = (at, title);
            }
        }
        return best?.Title;
    }
}
