namespace ContactSync.Core.Engine;

/// <summary>How to run.</summary>
/// <param name="Full">Reconcile everything in scope instead of reading changes.</param>
/// <param name="DryRun">Plan only: write nothing, return the planned changes.</param>
public sealed record SyncRunRequest(bool Full = false, bool DryRun = false);
