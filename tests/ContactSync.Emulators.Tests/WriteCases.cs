using System.Net.Http.Json;
using System.Text.Json.Nodes;
using static ContactSync.Emulators.Tests.TestSupport;

namespace ContactSync.Emulators.Tests;

/// <summary>Every write endpoint of both emulators: how to call it over HTTP and how to see that it was applied.</summary>
internal static class WriteCases
{
    public static readonly string[] Names =
    [
        "google createContact", "google batchCreateContacts", "google updateContact", "google batchUpdateContacts",
        "google deleteContact", "google batchDeleteContacts", "google contactGroups.create", "google contactGroups.update",
        "google contactGroups.delete", "google members:modify",
        "zoho insert", "zoho update", "zoho update by id", "zoho upsert", "zoho delete", "zoho delete by id", "zoho add_tags",
    ];

    public static Task<WriteCase> PrepareAsync(string name, EmulatorHost host) =>
        name.StartsWith("zoho ", StringComparison.Ordinal) ? Task.FromResult(ZohoCase(name, host))
        : name.StartsWith("google contactGroups", StringComparison.Ordinal) ? GroupCaseAsync(name, host)
        : Task.FromResult(PeopleCase(name, host));

    private static WriteCase PeopleCase(string name, EmulatorHost host)
    {
        var google = host.Google;
        switch (name)
        {
            case "google createContact":
                return Google("POST /v1/people:createContact", (h, ct) => h.PostAsync("v1/people:createContact?personFields=names", JsonBody(Person("Ada", "Created")), ct),
                    _ => HasFamilyName(host, "Created"));
            case "google batchCreateContacts":
                var batch = new JsonObject { ["contacts"] = new JsonArray(new JsonObject { ["contactPerson"] = Person("Bea", "Batched") }), ["readMask"] = "names" };
                return Google("POST /v1/people:batchCreateContacts", (h, ct) => h.PostAsync("v1/people:batchCreateContacts", JsonBody(batch), ct), _ => HasFamilyName(host, "Batched"));
            case "google updateContact":
            {
                var (rn, etag) = NewPerson(host);
                var body = new JsonObject { ["etag"] = etag, ["names"] = new JsonArray(new JsonObject { ["givenName"] = "Cy", ["familyName"] = "Updated" }) };
                return Google("PATCH /v1/people/{id}:updateContact", (h, ct) => h.PatchAsync($"v1/{rn}:updateContact?updatePersonFields=names", JsonBody(body), ct), _ => HasFamilyName(host, "Updated"));
            }

            case "google batchUpdateContacts":
            {
                var (rn, etag) = NewPerson(host);
                var body = new JsonObject
                {
                    ["contacts"] = new JsonObject { [rn] = new JsonObject { ["etag"] = etag, ["names"] = new JsonArray(new JsonObject { ["familyName"] = "BatchUpdated" }) } },
                    ["updateMask"] = "names",
                    ["readMask"] = "names",
                };
                return Google("POST /v1/people:batchUpdateContacts", (h, ct) => h.PostAsync("v1/people:batchUpdateContacts", JsonBody(body), ct), _ => HasFamilyName(host, "BatchUpdated"));
            }

            case "google deleteContact":
            {
                var (rn, _) = NewPerson(host);
                return Google("DELETE /v1/people/{id}:deleteContact", (h, ct) => h.DeleteAsync($"v1/{rn}:deleteContact", ct), _ => Task.FromResult(google.GetContact(rn) is null));
            }

            case "google batchDeleteContacts":
            {
                var (rn, _) = NewPerson(host);
                var body = new JsonObject { ["resourceNames"] = new JsonArray(rn) };
                return Google("POST /v1/people:batchDeleteContacts", (h, ct) => h.PostAsync("v1/people:batchDeleteContacts", JsonBody(body), ct), _ => Task.FromResult(google.GetContact(rn) is null));
            }

            case "google members:modify":
            {
                var (rn, _) = NewPerson(host);
                var group = google.ContactSyncGroupResourceName;
                var body = new JsonObject { ["resourceNamesToAdd"] = new JsonArray(rn) };
                return Google("POST /v1/contactGroups/{id}/members:modify", (h, ct) => h.PostAsync($"v1/{group}/members:modify", JsonBody(body), ct),
                    _ => Task.FromResult(google.GetGroupMembers(group).Contains(rn)));
            }

            default:
                throw new ArgumentOutOfRangeException(nameof(name), name, "Unknown write case.");
        }
    }

    private static async Task<WriteCase> GroupCaseAsync(string name, EmulatorHost host)
    {
        switch (name)
        {
            case "google contactGroups.create":
                var create = new JsonObject { ["contactGroup"] = new JsonObject { ["name"] = "Applied group" } };
                return Google("POST /v1/contactGroups", (h, ct) => h.PostAsync("v1/contactGroups", JsonBody(create), ct), h => HasGroupAsync(h, "Applied group"));
            case "google contactGroups.update":
            {
                var group = await CreateGroupAsync(host, "Before rename");
                var rename = new JsonObject { ["contactGroup"] = new JsonObject { ["name"] = "After rename" } };
                return Google("PUT /v1/contactGroups/{id}", (h, ct) => h.PutAsync($"v1/{group}", JsonBody(rename), ct), h => HasGroupAsync(h, "After rename"));
            }

            case "google contactGroups.delete":
            {
                var group = await CreateGroupAsync(host, "Doomed group");
                return Google("DELETE /v1/contactGroups/{id}", (h, ct) => h.DeleteAsync($"v1/{group}", ct), async h => !await HasGroupAsync(h, "Doomed group"));
            }

            default:
                throw new ArgumentOutOfRangeException(nameof(name), name, "Unknown write case.");
        }
    }

    private static WriteCase ZohoCase(string name, EmulatorHost host)
    {
        var zoho = host.Zoho;
        switch (name)
        {
            case "zoho insert":
                var insert = new JsonObject { ["data"] = new JsonArray(new JsonObject { ["Last_Name"] = "Inserted", ["Email"] = "inserted@applied.example" }) };
                return Zoho("POST /crm/v8/Contacts", (h, ct) => h.PostAsync("crm/v8/Contacts", JsonBody(insert), ct), _ => HasLastName(host, "Inserted"));
            case "zoho update":
            {
                var id = zoho.CreateRecordAsUser(new JsonObject { ["Last_Name"] = "Before" });
                var body = new JsonObject { ["data"] = new JsonArray(new JsonObject { ["id"] = id, ["Last_Name"] = "After" }) };
                return Zoho("PUT /crm/v8/Contacts", (h, ct) => h.PutAsync("crm/v8/Contacts", JsonBody(body), ct), _ => HasLastName(host, "After"));
            }

            case "zoho update by id":
            {
                var id = zoho.CreateRecordAsUser(new JsonObject { ["Last_Name"] = "Before" });
                var body = new JsonObject { ["data"] = new JsonArray(new JsonObject { ["Last_Name"] = "AfterById" }) };
                return Zoho("PUT /crm/v8/Contacts/{id}", (h, ct) => h.PutAsync($"crm/v8/Contacts/{id}", JsonBody(body), ct), _ => HasLastName(host, "AfterById"));
            }

            case "zoho upsert":
                var upsert = new JsonObject
                {
                    ["data"] = new JsonArray(new JsonObject { ["Last_Name"] = "Upserted", ["Email"] = "upserted@applied.example" }),
                    ["duplicate_check_fields"] = new JsonArray("Email"),
                };
                return Zoho("POST /crm/v8/Contacts/upsert", (h, ct) => h.PostAsync("crm/v8/Contacts/upsert", JsonBody(upsert), ct), _ => HasLastName(host, "Upserted"));
            case "zoho delete":
            {
                var id = zoho.CreateRecordAsUser(new JsonObject { ["Last_Name"] = "Doomed" });
                return Zoho("DELETE /crm/v8/Contacts", (h, ct) => h.DeleteAsync($"crm/v8/Contacts?ids={id}", ct), _ => Task.FromResult(zoho.GetRecord(id) is null));
            }

            case "zoho delete by id":
            {
                var id = zoho.CreateRecordAsUser(new JsonObject { ["Last_Name"] = "Doomed" });
                return Zoho("DELETE /crm/v8/Contacts/{id}", (h, ct) => h.DeleteAsync($"crm/v8/Contacts/{id}", ct), _ => Task.FromResult(zoho.GetRecord(id) is null));
            }

            case "zoho add_tags":
            {
                var id = zoho.CreateRecordAsUser(new JsonObject { ["Last_Name"] = "Tagged" });
                var body = new JsonObject { ["tags"] = new JsonArray(new JsonObject { ["name"] = "ContactSync trash" }), ["ids"] = new JsonArray(id), ["over_write"] = false };
                return Zoho("POST /crm/v8/Contacts/actions/add_tags", (h, ct) => h.PostAsync("crm/v8/Contacts/actions/add_tags", JsonBody(body), ct),
                    _ => Task.FromResult(zoho.GetRecord(id)!["Tag"] is JsonArray { Count: 1 }));
            }

            default:
                throw new ArgumentOutOfRangeException(nameof(name), name, "Unknown write case.");
        }
    }

    private static WriteCase Google(string endpoint, Func<HttpClient, CancellationToken, Task<HttpResponseMessage>> send, Func<HttpClient, Task<bool>> applied) =>
        new("google", endpoint, send, applied);

    private static WriteCase Zoho(string endpoint, Func<HttpClient, CancellationToken, Task<HttpResponseMessage>> send, Func<HttpClient, Task<bool>> applied) =>
        new("zoho", endpoint, send, applied);

    private static (string ResourceName, string Etag) NewPerson(EmulatorHost host)
    {
        var rn = host.Google.CreateContactAsUser(Person("Pat", "Existing"));
        return (rn, host.Google.GetContact(rn)!["etag"]!.GetValue<string>());
    }

    private static Task<bool> HasFamilyName(EmulatorHost host, string family) =>
        Task.FromResult(host.Google.GetAllContacts().Any(p => p["names"]?[0]?["familyName"]?.GetValue<string>() == family));

    private static Task<bool> HasLastName(EmulatorHost host, string lastName) =>
        Task.FromResult(host.Zoho.GetAllRecords().Any(r => r["Last_Name"]?.GetValue<string>() == lastName));

    private static async Task<bool> HasGroupAsync(HttpClient http, string name)
    {
        var groups = await http.GetFromJsonAsync<JsonObject>("v1/contactGroups?pageSize=1000");
        return groups!["contactGroups"]!.AsArray().Any(g => g?["name"]?.GetValue<string>() == name);
    }

    private static async Task<string> CreateGroupAsync(EmulatorHost host, string name)
    {
        using var http = await GoogleClientAsync(host);
        var created = await ReadAsync(await http.PostAsync("v1/contactGroups", JsonBody(new JsonObject { ["contactGroup"] = new JsonObject { ["name"] = name } })));
        return created["resourceName"]!.GetValue<string>();
    }
}
