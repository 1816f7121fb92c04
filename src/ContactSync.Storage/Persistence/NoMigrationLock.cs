namespace ContactSync.Storage.Persistence;

/// <summary>The migration lock of a provider that needs none of its own.</summary>
internal sealed class NoMigrationLock : IAsyncDisposable
{
    public static readonly NoMigrationLock Instance = new();

    private NoMigrationLock()
    {
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
