namespace ContactSync.Storage;

/// <summary>The database the stores live in (<c>ContactSync:Database:Provider</c>).</summary>
public enum DatabaseProvider
{
    /// <summary>A SQLite file in the data directory: the embedded default, for one server.</summary>
    Sqlite,

    /// <summary>A PostgreSQL database, shared by any number of server replicas.</summary>
    PostgreSql,
}
