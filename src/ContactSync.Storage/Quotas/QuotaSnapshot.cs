namespace ContactSync.Storage.Quotas;

/// <summary>The shared state of some quotas and how many servers share them.</summary>
/// <param name="Keys">The quotas asked for (a key never written is there with <see cref="SharedQuotaState.Exists"/> false).</param>
/// <param name="LiveHolders">Servers whose heartbeat is current (at least 1: the asking one).</param>
public sealed record QuotaSnapshot(IReadOnlyDictionary<string, SharedQuotaState> Keys, int LiveHolders);
