namespace ContactSync.Storage.Runs;

/// <summary>
/// Run records: one row per run, written when it starts, while it runs (progress, read back by other servers) and when it
/// ends. A cancel request of another server is a flag on the row that the running server reads back.
/// </summary>
public interface IRunRepository
{
    /// <summary>Stores a new run.</summary>
    Task CreateAsync(RunRecord run, CancellationToken cancellationToken);

    /// <summary>Stores progress or the result; returns true when someone asked to cancel the run.</summary>
    Task<bool> UpdateAsync(RunRecord run, CancellationToken cancellationToken);

    /// <summary>A run, or <see langword="null"/>.</summary>
    Task<RunRecord?> GetAsync(string runId, CancellationToken cancellationToken);

    /// <summary>Runs newest first, of the given plans (all plans when <paramref name="planIds"/> is null).</summary>
    Task<IReadOnlyList<RunRecord>> ListAsync(IReadOnlyCollection<string>? planIds, int skip, int take, CancellationToken cancellationToken);

    /// <summary>The newest ended run of a plan, dry runs excluded (only a succeeded or partly succeeded one when asked).</summary>
    Task<RunRecord?> LastEndedAsync(string planId, bool successfulOnly, CancellationToken cancellationToken);

    /// <summary>
    /// The newest ended run of a plan that some other trigger than <paramref name="trigger"/> started, dry runs excluded (the
    /// scheduler's basis: near-real-time runs read only the changed records, so they do not postpone the scheduled run).
    /// </summary>
    Task<RunRecord?> LastEndedExceptAsync(string planId, string trigger, CancellationToken cancellationToken);

    /// <summary>How many ended runs in a row, newest first, failed (dry runs excluded; at most 10 are looked at).</summary>
    Task<int> ConsecutiveFailuresAsync(string planId, CancellationToken cancellationToken);

    /// <summary>The newest run of the plan that has not ended, or <see langword="null"/>.</summary>
    Task<RunRecord?> RunningAsync(string planId, CancellationToken cancellationToken);

    /// <summary>Asks the server running the run to stop it; false when the run is not running.</summary>
    Task<bool> RequestCancelAsync(string runId, CancellationToken cancellationToken);

    /// <summary>
    /// Closes the plan's runs that are open without a valid lease (their server died) as failed and interrupted: their
    /// counts are what that server had saved, so at least that much was written. Returns how many were closed.
    /// </summary>
    Task<int> CloseAbandonedAsync(string planId, DateTime nowUtc, CancellationToken cancellationToken);
}
