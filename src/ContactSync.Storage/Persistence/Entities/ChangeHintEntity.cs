namespace ContactSync.Storage.Persistence.Entities;

/// <summary>
/// A change a near-real-time plan has not run for yet: a CRM record a Zoho notification named (<see cref="Side"/> "crm"),
/// or a change a Google poll saw (<see cref="Side"/> "google", <see cref="RecordId"/> "").
/// </summary>
internal sealed class ChangeHintEntity
{
    public string PlanId { get; set; } = "";

    public string Side { get; set; } = "";

    public string RecordId { get; set; } = "";

    public DateTime ReceivedUtc { get; set; }
}
