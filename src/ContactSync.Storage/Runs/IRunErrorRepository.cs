namespace ContactSync.Storage.Runs;

/// <summary>
/// The failed records of runs and the records failing now per plan (both written by the sync state store when a batch
/// is committed), for status and the error lists.
/// </summary>
public interface IRunErrorRepository
{
    /// <summary>The errors and field notes of one run, in the order they were recorded.</summary>
    Task<IReadOnlyList<RunErrorRecord>> ErrorsOfRunAsync(string runId, int skip, int take, CancellationToken cancellationToken);

    /// <summary>The records of a plan that are failing now (by side, then record id).</summary>
    Task<IReadOnlyList<RunErrorRecord>> FailingRecordsAsync(string planId, int skip, int take, CancellationToken cancellationToken);

    /// <summary>How many records of the plan are failing now.</summary>
    Task<int> CountFailingAsync(string planId, CancellationToken cancellationToken);
}
