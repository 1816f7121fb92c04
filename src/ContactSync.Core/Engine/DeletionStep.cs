using ContactSync.Core.State;

namespace ContactSync.Core.Engine;

/// <summary>What a run does about one deleted record of a linked pair.</summary>
/// <param name="Action">Delete, Quarantine or Unlink (keep the other record).</param>
/// <param name="Target">The side written (for Delete and Quarantine).</param>
/// <param name="Link">The pair's link.</param>
/// <param name="BothGone">True when both records are deleted: the link is simply removed.</param>
internal sealed record DeletionStep(PlannedAction Action, SideKind Target, SyncLink Link, bool BothGone);
