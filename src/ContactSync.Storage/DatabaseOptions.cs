namespace ContactSync.Storage;

/// <summary>Where the stores live: a SQLite file in <see cref="DataDirectory"/>, or a PostgreSQL database.</summary>
public sealed record DatabaseOptions
{
    /// <summary>The provider (SQLite by default).</summary>
    public DatabaseProvider Provider { get; init; } = DatabaseProvider.Sqlite;

    /// <summary>The folder of the SQLite file <c>contactsync.db</c> (used by SQLite only).</summary>
    public string DataDirectory { get; init; } = "data";

    /// <summary>The Npgsql connection string (PostgreSQL only), e.g. <c>Host=db;Database=contactsync;Username=contactsync;Password=…</c>.</summary>
    public string? ConnectionString { get; init; }

    /// <summary>Parses a provider name as configured (<c>Sqlite</c>, <c>PostgreSql</c>, also <c>Postgres</c>; any case).</summary>
    /// <param name="text">The configured value; empty means SQLite.</param>
    /// <returns>The provider.</returns>
    /// <exception cref="ArgumentException">An unknown name, with the known ones.</exception>
    public static DatabaseProvider ParseProvider(string? text)
    {
        var value = (text ?? "").Trim();
        if (value.Length == 0 || value.Equals("Sqlite", StringComparison.OrdinalIgnoreCase))
        {
            return DatabaseProvider.Sqlite;
        }

        if (value.Equals("PostgreSql", StringComparison.OrdinalIgnoreCase) || value.Equals("Postgres", StringComparison.OrdinalIgnoreCase))
        {
            return DatabaseProvider.PostgreSql;
        }

        throw new ArgumentException($"ContactSync:Database:Provider is '{value}'; use Sqlite (the default) or PostgreSql.", nameof(text));
    }

    /// <summary>The PostgreSQL server and database of a connection string, without credentials (for logs and messages).</summary>
    /// <param name="connectionString">The Npgsql connection string.</param>
    /// <returns>For example <c>PostgreSQL db:5432/contactsync</c>.</returns>
    public static string DescribeConnection(string connectionString)
    {
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        return $"PostgreSQL {builder.Host}:{builder.Port}/{builder.Database}";
    }

    /// <summary>Throws a clear message when the options cannot work (PostgreSQL without a connection string, no data folder).</summary>
    /// <exception cref="ArgumentException">What is missing.</exception>
    public void Validate()
    {
        if (Provider == DatabaseProvider.PostgreSql && string.IsNullOrWhiteSpace(ConnectionString))
        {
            throw new ArgumentException(
                "ContactSync:Database:ConnectionString is required with ContactSync:Database:Provider=PostgreSql, e.g. " +
                "'Host=db;Port=5432;Database=contactsync;Username=contactsync;Password=…'.");
        }

        if (Provider == DatabaseProvider.Sqlite && string.IsNullOrWhiteSpace(DataDirectory))
        {
            throw new ArgumentException("ContactSync:DataDirectory is required for the SQLite database.");
        }
    }
}
