namespace ContactSync.Server.Quotas;

/// <summary>A chunk of a rate quota this server took (its database row <see cref="Id"/>): spent from start to end.</summary>
internal sealed class LocalChunk(long id, long start, long end, long units)
{
    public long Id { get; } = id;

    public long Start { get; } = start;

    public long End { get; set; } = end;

    public long Units { get; } = units;

    public long Spent { get; set; }

    public long LastSpend { get; set; } = start;
}
