using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ContactSync.Storage.Persistence;

/// <summary>
/// Part of the SQLite seam: every connection uses <c>synchronous=NORMAL</c>. With write-ahead logging this keeps every
/// committed transaction across a killed process (the crash safety the engine relies on) and the database consistent on
/// power loss, while a commit no longer waits for a disk flush.
/// </summary>
internal sealed class SqlitePragmaInterceptor : DbConnectionInterceptor
{
    private const string Pragmas = "PRAGMA synchronous=NORMAL;";

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
