using Npgsql;

namespace ContactSync.Storage.Persistence;

/// <summary>
/// What ContactSync adds to a PostgreSQL connection string that does not say otherwise. A run's bookkeeping is a chain of
/// short statements, each one a round trip, so the cost per round trip decides how far behind SQLite (in-process) a run
/// on PostgreSQL is:
/// <list type="bullet">
/// <item><c>Max Auto Prepare</c> = <see cref="MaxAutoPrepare"/>, <c>Auto Prepare Min Usages</c> = 2: the statements a server
/// repeats are prepared on their connection, so PostgreSQL skips parsing and planning them again (Npgsql's automatic
/// preparation; every statement ContactSync sends names its columns, so a later migration that adds a column does not
/// change a prepared statement's result).</item>
/// <item><c>No Reset On Close</c> = true: a connection going back to the pool keeps its session (and its prepared
/// statements) instead of a <c>DISCARD ALL</c> before its next use. ContactSync keeps no session state on pooled
/// connections (the migration lock has a connection of its own, outside the pool).</item>
/// </list>
/// A connection string that names any of these keeps its own value.
/// </summary>
internal static class PostgresConnectionDefaults
{
    /// <summary>Statements a connection keeps prepared: more than the distinct statements a run sends.</summary>
    public const int MaxAutoPrepare = 128;

    public static string Apply(string connectionString)
    {
        var given = new NpgsqlConnectionStringBuilder(connectionString);
        var named = Keywords(connectionString);
        if (!named.Contains("maxautoprepare"))
        {
            given.MaxAutoPrepare = MaxAutoPrepare;
        }

        if (!named.Contains("autoprepareminusages"))
        {
            given.AutoPrepareMinUsages = 2;
        }

        if (!named.Contains("noresetonclose"))
        {
            given.NoResetOnClose = true;
        }

        return given.ConnectionString;
    }

    /// <summary>The keywords the string names, without spaces and in lower case (Npgsql takes "Max Auto Prepare" and "MaxAutoPrepare").</summary>
    private static HashSet<string> Keywords(string connectionString)
    {
        var parsed = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString };
        return parsed.Keys.Cast<string>().Select(k => k.Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
    }
}
