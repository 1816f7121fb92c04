using ContactSync.Core.State;

namespace ContactSync.Core.Engine;

/// <summary>One action of a run, per record (the dry-run plan).</summary>
/// <param name="Action">What is done.</param>
/// <param name="Target">The side written.</param>
/// <param name="CrmId">The CRM id, "" when not yet created.</param>
/// <param name="GoogleResourceName">The Google resource name, "" when not yet created.</param>
/// <param name="Email">The pair's email.</param>
/// <param name="DisplayName">A name for people.</param>
/// <param name="Fields">The fields written.</param>
/// <param name="Reason">Why (skips, links, deletes).</param>
public sealed record PlannedChange(
    PlannedAction Action,
    SideKind Target,
    string CrmId,
    string GoogleResourceName,
    string Email,
    string DisplayName,
    IReadOnlyList<FieldChangeInfo> Fields,
    string Reason);
