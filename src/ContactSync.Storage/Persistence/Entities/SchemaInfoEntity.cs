namespace ContactSync.Storage.Persistence.Entities;

/// <summary>
/// The one row that records the database's schema version: the newest server schema that migrated it, and the oldest
/// server schema that may still use it (see <see cref="Schema.ContactSyncSchema"/>).
/// </summary>
internal sealed class SchemaInfoEntity
{
    /// <summary>The row's key: always <see cref="SingleRowId"/>.</summary>
    public const int SingleRowId = 1;

    public int Id { get; set; } = SingleRowId;

    /// <summary>The schema version of the newest server that migrated the database.</summary>
    public int Version { get; set; }

    /// <summary>Servers of an older schema version than this refuse the database.</summary>
    public int OldestCompatibleVersion { get; set; }

    public DateTime UpdatedUtc { get; set; }

    /// <summary>The replica (lease-holder identity) that wrote the row.</summary>
    public string UpdatedBy { get; set; } = "";
}
