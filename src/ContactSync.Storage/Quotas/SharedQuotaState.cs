namespace ContactSync.Storage.Quotas;

/// <summary>One quota as every server sharing the database sees it at a moment (times in UTC ticks).</summary>
/// <param name="Key">The quota's key.</param>
public sealed record SharedQuotaState(string Key)
{
    /// <summary>False until a grant wrote the key.</summary>
    public bool Exists { get; init; }

    /// <summary>The version every change that takes more of the quota bumps.</summary>
    public long Version { get; init; }

    /// <summary>0 = rate, 1 = concurrency.</summary>
    public int Kind { get; init; }

    /// <summary>Units per window, or calls at once (as last written).</summary>
    public long Limit { get; init; }

    /// <summary>The accounted window (rate).</summary>
    public long WindowTicks { get; init; }

    /// <summary>Nothing is granted before this (after a refusal).</summary>
    public long PausedUntilTicks { get; init; }

    /// <summary>The refusal slow-down (1 = full pace) and when it last changed.</summary>
    public double Factor { get; init; } = 1;

    /// <summary>When <see cref="Factor"/> last changed.</summary>
    public long FactorSinceTicks { get; init; }

    /// <summary>Rate: units of every server's chunks still counted now.</summary>
    public long Counted { get; init; }

    /// <summary>Rate: when the first of those chunks stops counting (null: none counted).</summary>
    public long? EarliestFreeTicks { get; init; }

    /// <summary>Concurrency: slots other live servers hold.</summary>
    public long OthersSlots { get; init; }

    /// <summary>Concurrency: slots the asking server holds.</summary>
    public long OwnSlots { get; init; }
}
