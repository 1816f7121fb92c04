using ContactSync.Core.Plans;

namespace ContactSync.EndToEnd.Tests.Engine.AppliedFaults;

/// <summary>A write endpoint the engine calls, the plan's deletion policy that makes it called, and the edit that makes a run call it.</summary>
/// <param name="Name">A readable name.</param>
/// <param name="Service">"google" or "zoho".</param>
/// <param name="Endpoint">The endpoint as in the emulator's call log ("POST /v1/people:batchCreateContacts").</param>
/// <param name="Policy">The plan's deletion policy.</param>
/// <param name="Mutate">Changes the data (as users would) so that the next run writes through the endpoint.</param>
internal sealed record FaultedEndpoint(string Name, string Service, string Endpoint, DeletionPolicy Policy, Action<MutationRound> Mutate)
{
    public static FaultedEndpoint Get(string name) => name switch
    {
        "google batchCreateContacts" => new(name, "google", "POST /v1/people:batchCreateContacts", DeletionPolicy.Keep, Mutations.AddCrmRecords),
        "google batchUpdateContacts" => new(name, "google", "POST /v1/people:batchUpdateContacts", DeletionPolicy.Keep, Mutations.EditCrmRecords),
        "google batchDeleteContacts" => new(name, "google", "POST /v1/people:batchDeleteContacts", DeletionPolicy.Propagate, Mutations.DeleteCrmRecords),
        "google contactGroups.create" => new(name, "google", "POST /v1/contactGroups", DeletionPolicy.Quarantine, Mutations.DropTrashGroupAndDeleteCrmRecords),
        "google members:modify" => new(name, "google", "POST /v1/contactGroups/{id}/members:modify", DeletionPolicy.Keep, Mutations.AddMatchesOutsideTheGroup),
        "zoho insert" => new(name, "zoho", "POST /crm/v8/Contacts", DeletionPolicy.Keep, Mutations.AddGoogleContacts),
        "zoho update" => new(name, "zoho", "PUT /crm/v8/Contacts", DeletionPolicy.Keep, Mutations.EditGoogleContacts),
        "zoho delete" => new(name, "zoho", "DELETE /crm/v8/Contacts", DeletionPolicy.Propagate, Mutations.DeleteGoogleContacts),
        "zoho add_tags" => new(name, "zoho", "POST /crm/v8/Contacts/actions/add_tags", DeletionPolicy.Quarantine, Mutations.DeleteGoogleContacts),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Unknown endpoint."),
    };
}
