namespace ContactSync.Testing.Databases;

/// <summary>Server settings that put a test server on a <see cref="TestDatabase"/>.</summary>
public static class TestDatabaseSettings
{
    /// <summary>
    /// The settings of a new database of <paramref name="database"/> (none for SQLite: the data folder's file); every server
    /// started with the same settings shares the database, as replicas do.
    /// </summary>
    public static async Task<IReadOnlyDictionary<string, string?>> NewAsync(TestDatabase database)
    {
        if (database == TestDatabase.Sqlite)
        {
            return new Dictionary<string, string?>();
        }

        var server = await PostgresServer.GetAsync();
        return new Dictionary<string, string?>
        {
            ["ContactSync:Database:Provider"] = "PostgreSql",
            ["ContactSync:Database:ConnectionString"] = server.NewConnectionString(),
        };
    }

    /// <summary>Adds <paramref name="extra"/> over <paramref name="settings"/> (extra wins).</summary>
    public static Dictionary<string, string?> Merge(IReadOnlyDictionary<string, string?> settings, IReadOnlyDictionary<string, string?>? extra)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var merged = new Dictionary<string, string?>(settings);
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            merged[key] = value;
        }

        return merged;
    }
}
