namespace CommunityBot.Storage.Postgres;

/// <summary>The kinds of the docs table, one per stored record type.</summary>
internal static class DocKinds
{
    public const string Settings = "settings";
    public const string Audit = "audit";
    public const string Privacy = "privacy";
    public const string JobRun = "jobrun";
    public const string FrozenBoard = "frozenboard";
    public const string Level = "level";
    public const string Nudge = "nudge";
    public const string Challenge = "challenge";
    public const string RoleSync = "rolesync";
    public const string Sale = "sale";
    public const string HookSecret = "hooksecret";
    public const string Course = "course";
    public const string CatalogStarted = "catalog";
    public const string Click = "click";
    public const string RecommendationModel = "recmodel";
    public const string RecommendationProfile = "recprofile";
    public const string Score = "score";
    public const string ScoreBasis = "scorebasis";
    public const string Snapshot = "snapshot";
    public const string LinkCode = "linkcode";
    public const string Link = "link";
    public const string CommunityJoin = "communityjoin";
    public const string DashboardGrant = "dashboardgrant";
}
