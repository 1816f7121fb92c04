using ContactSync.Benchmarks.Api;

namespace ContactSync.Benchmarks.Special;

/// <summary>The runs of the organisation scenario: all of them started at once.</summary>
/// <param name="WallSeconds">From the first RunSync sent to the last result received.</param>
/// <param name="Runs">Each plan's run as its stream reported it.</param>
/// <param name="EndSeconds">When each run's result arrived, in seconds after the common start (same order).</param>
internal sealed record OrgRuns(double WallSeconds, IReadOnlyList<RunObservation> Runs, IReadOnlyList<double> EndSeconds);
