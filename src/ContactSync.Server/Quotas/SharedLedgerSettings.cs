namespace ContactSync.Server.Quotas;

/// <summary>
/// Section <c>ContactSync:Quotas:Ledger</c>: how servers on one database share the quotas (<see cref="DatabaseQuotaLedger"/>).
/// A server takes a rate quota's units in chunks it may spend for a short while, so most calls need no database round trip,
/// and leases concurrency slots; both are split among the live servers.
/// </summary>
internal sealed class SharedLedgerSettings
{
    /// <summary>A chunk of a rate quota may be spent for this share of the quota's window (default 1/16)…</summary>
    public double ChunkWindowShare { get; set; } = 1.0 / 16;

    /// <summary>…but never longer than this (real time; default 5 s). Unspent units go back when the chunk ends.</summary>
    public TimeSpan MaxChunkDuration { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>A chunk holds at most this share of a quota's limit, divided among the live servers (default 1/8).</summary>
    public double ChunkLimitShare { get; set; } = 1.0 / 8;

    /// <summary>How long leased concurrency slots stay a server's without renewal (default 30 s; a dead server's are freed then).</summary>
    public TimeSpan SlotLease { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How often a server says it is alive, renews its slots and hands back ended chunks (default 5 s).</summary>
    public TimeSpan Heartbeat { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How soon a call waiting for slots other servers hold asks again (default 100 ms).</summary>
    public TimeSpan SlotPoll { get; set; } = TimeSpan.FromMilliseconds(100);

    /// <summary>Throws <see cref="ArgumentException"/> naming a setting out of range.</summary>
    public void Validate()
    {
        if (ChunkWindowShare is <= 0 or > 1 or double.NaN || ChunkLimitShare is <= 0 or > 1 or double.NaN)
        {
            throw new ArgumentOutOfRangeException(nameof(ChunkWindowShare), "Ledger:ChunkWindowShare and Ledger:ChunkLimitShare must be in (0, 1].");
        }

        foreach (var (name, value) in new[] { (nameof(MaxChunkDuration), MaxChunkDuration), (nameof(SlotLease), SlotLease), (nameof(Heartbeat), Heartbeat), (nameof(SlotPoll), SlotPoll) })
        {
            if (value <= TimeSpan.Zero)
            {
                throw new ArgumentOutOfRangeException(name, value, $"Ledger:{name} must be positive.");
            }
        }

        if (SlotLease <= Heartbeat)
        {
            throw new ArgumentOutOfRangeException(nameof(SlotLease), SlotLease, "Ledger:SlotLease must be longer than Ledger:Heartbeat.");
        }
    }
}
