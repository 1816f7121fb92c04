using ContactSync.Core.Diagnostics;
using ContactSync.Core.Plans;

namespace ContactSync.Server.Runs.Launching;

/// <summary>
/// Builds a run's ports from the stored connections, after checking the plan's CRM user (S10): a missing connection or a
/// refused user throws the service error callers see, before any run is recorded.
/// </summary>
internal interface IRunPortFactory
{
    /// <summary>The ports of a run of <paramref name="plan"/>; their calls are reported to <paramref name="observer"/>. The caller disposes them.</summary>
    Task<RunPorts> CreateAsync(StoredSyncPlan plan, IApiCallObserver observer, CancellationToken cancellationToken);
}
