using ContactSync.Core.Ports;
using ContactSync.Core.State;

namespace ContactSync.Core.Engine.Planning;

/// <summary>A record created on <see cref="Target"/> from its source record on the other side.</summary>
/// <param name="Target">The side the record is created on.</param>
/// <param name="CrmId">The CRM id ("" when the CRM record is the one created).</param>
/// <param name="GoogleName">The Google resource name ("" when the Google contact is the one created).</param>
/// <param name="Crm">The source CRM record (Google creates).</param>
/// <param name="Google">The source Google contact (CRM creates).</param>
/// <param name="Etag">The source contact's etag (CRM creates), kept in the link for later updates.</param>
/// <param name="State">The source contact's adapter state (CRM creates).</param>
/// <param name="Snapshot">The snapshot entries of the mapped fields that are not written (empty on the source).</param>
/// <param name="Email">The pair's email (normalised).</param>
/// <param name="DisplayName">A name for people.</param>
/// <param name="Write">The values of the new record and the snapshot they settle.</param>
/// <param name="Intent">CRM creates: the write-ahead intent, durable before the create is sent.</param>
/// <param name="ResolvesFailure">The source record has a failing record: a successful create ends it.</param>
internal sealed record PlannedCreate(
    SideKind Target,
    string CrmId,
    string GoogleName,
    CrmContact? Crm,
    GoogleContact? Google,
    string Etag,
    string State,
    IReadOnlyDictionary<string, FieldSnapshot> Snapshot,
    string Email,
    string DisplayName,
    PlannedWrite Write,
    PendingCrmCreate? Intent,
    bool ResolvesFailure) : PlanItem
{
    public override IEnumerable<PlannedChange> Describe() =>
    [
        new(PlannedAction.Create, Target, CrmId, GoogleName, Email, DisplayName, Write.Fields,
            Target == SideKind.Google ? "New in the CRM view." : "New in the Google group."),
    ];
}
