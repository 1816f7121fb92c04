namespace ContactSync.Storage.Schema;

/// <summary>
/// The schema version this build of ContactSync runs. Move it on with every release that adds migrations (and the
/// migration names below, which a test checks against the newest migration of each provider); raise
/// <see cref="SchemaCompatibility.OldestCompatibleVersion"/> only when servers of the previous version cannot work with
/// the new schema.
/// </summary>
public static class ContactSyncSchema
{
    /// <summary>This build's schema version.</summary>
    public static SchemaCompatibility Current { get; } = new(Version: 1, OldestCompatibleVersion: 1);

    /// <summary>The newest migration of each provider at <see cref="Current"/>.</summary>
    public static IReadOnlyDictionary<DatabaseProvider, string> NewestMigrations { get; } = new Dictionary<DatabaseProvider, string>
    {
        [DatabaseProvider.Sqlite] = "20261130183455_Replicas",
        [DatabaseProvider.PostgreSql] = "20261130183458_Initial",
    };
}
