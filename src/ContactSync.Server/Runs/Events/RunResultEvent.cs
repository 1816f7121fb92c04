using ContactSync.Core.Engine;
using ContactSync.Storage.Runs;

namespace ContactSync.Server.Runs.Events;

/// <summary>The end of a run: its final record and, for a dry run of this process, the changes it planned. The stream ends after it.</summary>
/// <param name="Run">The run as recorded at its end.</param>
/// <param name="PlannedChanges">The planned changes (empty unless a dry run of this process).</param>
internal sealed record RunResultEvent(RunRecord Run, IReadOnlyList<PlannedChange> PlannedChanges) : RunEvent(Run.Id);
