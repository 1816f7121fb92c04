namespace ContactSync.Testing.Databases;

/// <summary>The databases the store and end-to-end tests run on: SQLite (the embedded default) and a real PostgreSQL.</summary>
public enum TestDatabase
{
    /// <summary>A SQLite file in the server's data folder.</summary>
    Sqlite,

    /// <summary>A database of its own on the test process's <see cref="PostgresServer"/>.</summary>
    PostgreSql,
}
