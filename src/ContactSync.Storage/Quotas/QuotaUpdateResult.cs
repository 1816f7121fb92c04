namespace ContactSync.Storage.Quotas;

/// <summary>A decision's value and the ids of the chunks it added (in the order of <see cref="QuotaChanges.Chunks"/>).</summary>
public sealed record QuotaUpdateResult<T>(T Value, IReadOnlyList<long> ChunkIds);
