using Microsoft.Extensions.Logging;

namespace ContactSync.Storage;

/// <summary>Log messages of the storage layer.</summary>
internal static partial class StorageLog
{
    [LoggerMessage(EventId = 5001, Level = LogLevel.Information, Message = "Waiting for another server to finish migrating the database (it holds the migration lock).")]
    public static partial void WaitingForMigrationLock(ILogger logger);
}
