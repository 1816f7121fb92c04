using ContactSync.Storage.Persistence;

namespace ContactSync.Storage.Schema;

/// <summary>Who migrates: the provider, the replica (its identity in <c>Replicas</c>), what counts as a live replica, and now.</summary>
internal sealed record SchemaMigrationCaller(IProviderDatabase Provider, string ReplicaId, TimeSpan LiveWindow, DateTime NowUtc);
