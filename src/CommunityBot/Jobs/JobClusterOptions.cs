namespace CommunityBot.Jobs;

/// <summary>
/// Section "Jobs" (env COMMUNITYBOT__JOBS__*): how <c>run</c> keeps its schedule on PostgreSQL. There every instance
/// joins one Quartz cluster on the bot's database, so each fire runs on exactly one instance and a job that was
/// running on an instance that died is run again by another.
/// </summary>
public sealed class JobClusterOptions
{
    public const string Section = "Jobs";

    /// <summary>False keeps each instance's schedule in its own memory: only for one instance on PostgreSQL.</summary>
    public bool Clustered { get; set; } = true;

    /// <summary>How often an instance tells the cluster it is alive.</summary>
    public TimeSpan CheckinInterval { get; set; } = TimeSpan.FromSeconds(7.5);

    /// <summary>How long past a missed check-in the others wait before taking over an instance's running jobs.</summary>
    public TimeSpan CheckinMisfireThreshold { get; set; } = TimeSpan.FromSeconds(7.5);
}

/// <summary>Where the schedule lives: in memory (LiteDB, one-shot verbs) or in a Quartz cluster on PostgreSQL.</summary>
public sealed record JobStore(string? ClusterConnectionString, JobClusterOptions Cluster)
{
    public static readonly JobStore InMemory = new(null, new JobClusterOptions());

    public bool IsClustered => ClusterConnectionString is not null;
}
