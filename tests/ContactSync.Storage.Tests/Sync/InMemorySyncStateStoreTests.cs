using ContactSync.Core.State;
using ContactSync.Testing.State;

namespace ContactSync.Storage.Tests.Sync;

/// <summary>The state-store contract on the test kit's in-memory store, which the engine tests rely on.</summary>
public sealed class InMemorySyncStateStoreTests : SyncStateStoreContract
{
    /// <inheritdoc />
    protected override ISyncStateStore Store { get; } = new InMemorySyncStateStore();
}
