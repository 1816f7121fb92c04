using ContactSync.Storage;

namespace ContactSync.Server.Hosting;

/// <summary>
/// Settings section <c>ContactSync:Database</c>: <c>Provider</c> = <c>Sqlite</c> (the default: a file in
/// <c>ContactSync:DataDirectory</c>) or <c>PostgreSql</c> with <c>ConnectionString</c> (a database shared by several servers).
/// </summary>
internal sealed class DatabaseSettings
{
    /// <summary>The section name.</summary>
    public const string SectionName = "ContactSync:Database";

    /// <summary>The provider name (<c>Sqlite</c> or <c>PostgreSql</c>; empty means SQLite).</summary>
    public string? Provider { get; set; }

    /// <summary>The Npgsql connection string (PostgreSQL only).</summary>
    public string? ConnectionString { get; set; }

    /// <summary>The storage options these settings name, with <paramref name="dataDirectory"/> for SQLite.</summary>
    /// <exception cref="InvalidOperationException">An unknown provider, or PostgreSQL without a connection string.</exception>
    public DatabaseOptions ToOptions(string dataDirectory)
    {
        try
        {
            var options = new DatabaseOptions
            {
                Provider = DatabaseOptions.ParseProvider(Provider),
                DataDirectory = dataDirectory,
                ConnectionString = ConnectionString,
            };
            options.Validate();
            return options;
        }
        catch (ArgumentException ex)
        {
            throw new InvalidOperationException(ex.Message, ex);
        }
    }

    /// <summary>Where the database is, for the start-up log: the SQLite folder, or the PostgreSQL host and database (no password).</summary>
    public static string Describe(DatabaseOptions options) => options.Provider == DatabaseProvider.PostgreSql
        ? DatabaseOptions.DescribeConnection(options.ConnectionString!)
        : Path.GetFullPath(options.DataDirectory);
}
