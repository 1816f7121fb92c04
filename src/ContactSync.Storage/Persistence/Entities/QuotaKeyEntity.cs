namespace ContactSync.Storage.Persistence.Entities;

/// <summary>One metered quota shared by the servers: its limit, its refusal pause and slow-down, and a version every grant bumps.</summary>
internal sealed class QuotaKeyEntity
{
    public string Key { get; set; } = "";

    /// <summary>0 = rate, 1 = concurrency.</summary>
    public int Kind { get; set; }

    public long Limit { get; set; }

    public long WindowTicks { get; set; }

    public long PausedUntilTicks { get; set; }

    public double Factor { get; set; } = 1;

    public long FactorSinceTicks { get; set; }

    /// <summary>Bumped by every change that takes more of the quota (optimistic concurrency between servers).</summary>
    public long Version { get; set; }
}
