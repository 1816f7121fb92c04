using ContactSync.Core.State;

namespace ContactSync.Core.Engine;

/// <summary>
/// The run's counts as they grow (records read and decided, writes per side, conflicts, errors, notes) and its current
/// step, reported to the sink at every page and batch.
/// </summary>
internal sealed class RunProgress(ISyncProgressSink sink)
{
    /// <summary>The current step.</summary>
    public EnginePhase Phase { get; set; } = EnginePhase.ReadingGoogle;

    /// <summary>Records decided so far.</summary>
    public long Processed { get; set; }

    /// <summary>Records read so far.</summary>
    public long Total { get; set; }

    /// <summary>True once every CRM page is read: from then on the total is known and reported.</summary>
    public bool ReadingDone { get; set; }

    /// <summary>Writes to the CRM.</summary>
    public SideTally Crm { get; } = new();

    /// <summary>Writes to Google.</summary>
    public SideTally Google { get; } = new();

    /// <summary>Fields decided by the conflict option.</summary>
    public int Conflicts { get; set; }

    /// <summary>Records that failed.</summary>
    public int Errors { get; set; }

    /// <summary>Field values left out of (or shortened in) successful writes.</summary>
    public int Notes { get; set; }

    /// <summary>The writes to one side.</summary>
    public SideTally Of(SideKind side) => side == SideKind.Crm ? Crm : Google;

    /// <summary>Counts a record that failed on one side.</summary>
    public void Fail(SideKind side)
    {
        Errors++;
        Of(side).Failed++;
    }

    /// <summary>Reports progress; the total stays 0 (unknown) while the CRM pages are still being read.</summary>
    public void Report(string message) =>
        sink.Report(new SyncProgress(Phase, Processed, ReadingDone ? Total : 0, Crm.Clone(), Google.Clone(), Conflicts, Errors, message));
}
