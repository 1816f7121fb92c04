namespace ContactSync.Storage.Persistence.Entities;

/// <summary>A write-ahead intent to create a CRM record for a Google contact.</summary>
internal sealed class PendingCreateEntity
{
    public string PlanId { get; set; } = "";

    public string GoogleResourceName { get; set; } = "";

    public string Email { get; set; } = "";

    public string LastName { get; set; } = "";

    public string FirstName { get; set; } = "";
}
