namespace CommunityBot.Storage.Postgres;

/// <summary>
/// The tables of Quartz's clustered ADO.NET job store, created by migration 2 from the script Quartz itself ships
/// (every statement "IF NOT EXISTS"), so the schema matches the Quartz version the bot runs. Quartz only validates
/// them at start. Upgrading Quartz to a release that changes its schema needs a new migration running its upgrade script.
/// </summary>
public static class QuartzTables
{
    /// <summary>Quartz's default prefix QRTZ_, which PostgreSQL folds to lower case in its unquoted statements.</summary>
    public const string Prefix = "qrtz_";

    private const string Resource = "Quartz.Impl.AdoJobStore.Schema.create_postgres.sql";

    internal static string Script()
    {
        using var stream = typeof(Quartz.IJob).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"The Quartz assembly has no {Resource}: its job store schema moved; write the migration by hand.");
        using var reader = new StreamReader(stream);
        // {0} is the table prefix, {1} the same without a schema qualifier (index names).
        return reader.ReadToEnd().Replace("{0}", Prefix, StringComparison.Ordinal).Replace("{1}", Prefix, StringComparison.Ordinal);
    }
}
