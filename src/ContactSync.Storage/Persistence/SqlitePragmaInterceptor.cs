using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ContactSync.Storage.Persistence;

/// <summary>
/// Part of the SQLite seam: every connection uses <c>synchronous=NORMAL</c>. With write-ahead logging this keeps every
/// committed transaction across a killed process (the crash safety the engine relies on) and the database consistent on
/// power loss, while a commit no longer waits for a disk flush. And <c>busy_timeout</c>: a write that meets another
/// connection's write (a run's progress save meeting its batch write) waits inside SQLite, retrying within milliseconds,
/// instead of coming back busy at once to Microsoft.Data.Sqlite, which retries on its own, coarser schedule. After
/// <see cref="BusyTimeoutMs"/> the library's retry goes on up to the command timeout.
/// </summary>
internal sealed class SqlitePragmaInterceptor : DbConnectionInterceptor
{
    private const int BusyTimeoutMs = 5_000;

    private static readonly string Pragmas = $"PRAGMA synchronous=NORMAL; PRAGMA busy_timeout={BusyTimeoutMs};";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
