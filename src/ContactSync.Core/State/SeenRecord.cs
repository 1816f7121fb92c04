namespace ContactSync.Core.State;

/// <summary>
/// What the engine last saw of a record on one side, linked or not: its matching keys. Lets incremental runs match a new
/// record by cross-reference or email against records read in earlier runs.
/// </summary>
/// <param name="Side">The side.</param>
/// <param name="Id">The CRM id or Google resource name.</param>
/// <param name="Email">The matching email, normalised ("" when none).</param>
/// <param name="CrossRef">The other side's id kept on this record, if any.</param>
/// <param name="InScope">Whether the record is in the plan's view / group.</param>
public sealed record SeenRecord(SideKind Side, string Id, string Email, string? CrossRef, bool InScope);
