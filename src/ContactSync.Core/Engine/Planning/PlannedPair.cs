using ContactSync.Core.Ports;
using ContactSync.Core.State;

namespace ContactSync.Core.Engine.Planning;

/// <summary>
/// Two existing records kept in step: a linked pair, or a pair matched in this run (<see cref="Link"/> null). The 3-way
/// merge decided what each side gets; a pair with nothing to write only refreshes its link.
/// </summary>
/// <param name="CrmId">The CRM record.</param>
/// <param name="GoogleName">The Google contact.</param>
/// <param name="Link">The stored link; null for a pair matched now.</param>
/// <param name="Crm">The CRM record as read in this run; null when it did not change.</param>
/// <param name="Google">The Google contact as read in this run; null when it did not change.</param>
/// <param name="Etag">The Google etag an update is based on.</param>
/// <param name="State">The Google adapter state an update is based on.</param>
/// <param name="Snapshot">The link's snapshot with every field that is settled without a write.</param>
/// <param name="Email">The pair's email (normalised).</param>
/// <param name="DisplayName">A name for people.</param>
/// <param name="ToGoogle">The Google update, if any.</param>
/// <param name="ToCrm">The CRM update, if any.</param>
/// <param name="Conflicts">Fields changed on both sides and decided by the conflict option.</param>
/// <param name="SaveLink">A pair with nothing to write whose link is new or changed (etag, email, snapshot): saved as is.</param>
/// <param name="ResolvesFailure">The pair has a failing record: once its writes succeed (or at once, without writes) it ends.</param>
internal sealed record PlannedPair(
    string CrmId,
    string GoogleName,
    SyncLink? Link,
    CrmContact? Crm,
    GoogleContact? Google,
    string Etag,
    string State,
    IReadOnlyDictionary<string, FieldSnapshot> Snapshot,
    string Email,
    string DisplayName,
    PlannedWrite? ToGoogle,
    PlannedWrite? ToCrm,
    int Conflicts,
    bool SaveLink,
    bool ResolvesFailure) : PlanItem
{
    /// <summary>True when neither side is written.</summary>
    public bool WritesNothing => ToGoogle is null && ToCrm is null;

    public override IEnumerable<PlannedChange> Describe()
    {
        if (Link is null)
        {
            yield return Change(PlannedAction.Link, SideKind.Crm, [], WritesNothing ? "Matched by cross-reference or email; values already agree." : "Matched by cross-reference or email.");
        }

        if (ToGoogle is { } google)
        {
            yield return Change(PlannedAction.Update, SideKind.Google, google.Fields, "");
        }

        if (ToCrm is { } crm)
        {
            yield return Change(PlannedAction.Update, SideKind.Crm, crm.Fields, "");
        }
    }

    private PlannedChange Change(PlannedAction action, SideKind target, IReadOnlyList<FieldChangeInfo> fields, string reason) =>
        new(action, target, CrmId, GoogleName, Email, DisplayName, fields, reason);
}
