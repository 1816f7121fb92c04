using System.Net;
using System.Text.Json.Nodes;
using static ContactSync.Emulators.Tests.TestSupport;

namespace ContactSync.Emulators.Tests;

/// <summary>"Applied, then fail" faults: the write happens, the client gets 500, a dropped connection or no answer.</summary>
public sealed class AppliedFaultTests
{
    private static readonly FaultKind[] Kinds = [FaultKind.AppliedThenInternalError, FaultKind.AppliedThenDrop, FaultKind.AppliedThenTimeout];

    public static TheoryData<string, FaultKind> EveryWriteEndpoint()
    {
        var data = new TheoryData<string, FaultKind>();
        foreach (var endpoint in WriteCases.Names)
        {
            foreach (var kind in Kinds)
            {
                data.Add(endpoint, kind);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryWriteEndpoint))]
    public async Task Write_is_applied_then_the_client_sees_the_fault(string endpoint, FaultKind kind)
    {
        await using var host = await StartAsync();
        var write = await WriteCases.PrepareAsync(endpoint, host);
        using var http = write.Service == "zoho" ? await ZohoClientAsync(host) : await GoogleClientAsync(host);
        host.Faults.AppliedThenFail(write.Service, write.Endpoint, kind);
        Assert.False(await write.AppliedAsync(http));

        using var cancel = new CancellationTokenSource();
        var sending = write.SendAsync(http, cancel.Token);
        switch (kind)
        {
            case FaultKind.AppliedThenInternalError:
                using (var response = await sending)
                {
                    Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
                    var error = await ReadAsync(response);
                    Assert.Equal(write.Service == "zoho" ? "INTERNAL_ERROR" : "INTERNAL", write.Service == "zoho" ? error["code"]!.GetValue<string>() : error["error"]!["status"]!.GetValue<string>());
                }

                break;
            case FaultKind.AppliedThenDrop:
                await Assert.ThrowsAsync<HttpRequestException>(() => sending);
                break;
            default:
                // The emulator never answers: wait until the write is visible, then give up as a client timeout would.
                await WaitUntilAsync(() => write.AppliedAsync(http));
                Assert.False(sending.IsCompleted);
                await cancel.CancelAsync();
                await Assert.ThrowsAnyAsync<OperationCanceledException>(() => sending);
                break;
        }

        Assert.True(await write.AppliedAsync(http));
        Assert.Empty(host.Faults.Rules);
        Assert.Equal(1, host.Calls.Count(write.Service + " " + write.Endpoint));
    }

    [Fact]
    public async Task Applied_faults_skip_reads_and_other_endpoints_without_using_up_their_count()
    {
        await using var host = await StartAsync(new EmulatorOptions { GoogleSeedContacts = 2 });
        using var http = await GoogleClientAsync(host);
        host.Faults.AppliedThenFail("google", "POST /v1/people:batchCreateContacts", FaultKind.AppliedThenInternalError);
        host.Faults.Add(new FaultRule("google", FaultKind.AppliedThenDrop, Count: 1));

        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("v1/people/me/connections?personFields=names")).StatusCode);
        Assert.Equal(2, host.Faults.Rules.Count);

        // createContact is not the filtered endpoint: only the unfiltered drop rule hits it.
        await Assert.ThrowsAsync<HttpRequestException>(() => http.PostAsync("v1/people:createContact?personFields=names", JsonBody(Person("Eve", "Other"))));
        var left = Assert.Single(host.Faults.Rules);
        Assert.Equal("POST /v1/people:batchCreateContacts", left.Endpoint);

        var batch = new JsonObject { ["contacts"] = new JsonArray(new JsonObject { ["contactPerson"] = Person("Bo", "Batch") }), ["readMask"] = "names" };
        Assert.Equal(HttpStatusCode.InternalServerError, (await http.PostAsync("v1/people:batchCreateContacts", JsonBody(batch))).StatusCode);
        Assert.Empty(host.Faults.Rules);
        Assert.Contains(host.Google.GetAllContacts(), p => p["names"]?[0]?["familyName"]?.GetValue<string>() == "Batch");
        Assert.Contains(host.Google.GetAllContacts(), p => p["names"]?[0]?["familyName"]?.GetValue<string>() == "Other");
    }

    [Fact]
    public async Task Http_control_surface_adds_applied_faults_with_an_endpoint_filter()
    {
        await using var host = await StartAsync();
        using var control = Client(host);
        var added = await control.PostAsync("_emulator/faults", JsonBody(new JsonObject
        {
            ["service"] = "zoho",
            ["kind"] = "applied-drop",
            ["endpoint"] = "POST /crm/v8/Contacts",
            ["count"] = 1,
        }));
        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        var rule = Assert.Single(host.Faults.Rules);
        Assert.Equal(new FaultRule("zoho", FaultKind.AppliedThenDrop, 1, Endpoint: "POST /crm/v8/Contacts"), rule);

        using var zoho = await ZohoClientAsync(host);
        var insert = new JsonObject { ["data"] = new JsonArray(new JsonObject { ["Last_Name"] = "Dropped", ["Email"] = "dropped@applied.example" }) };
        await Assert.ThrowsAsync<HttpRequestException>(() => zoho.PostAsync("crm/v8/Contacts", JsonBody(insert)));
        Assert.Contains(host.Zoho.GetAllRecords(), r => r["Email"]?.GetValue<string>() == "dropped@applied.example");

        var bad = await control.PostAsync("_emulator/faults", JsonBody(new JsonObject { ["service"] = "zoho", ["kind"] = "applied-later" }));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }

    [Fact]
    public async Task Recorded_bodies_hold_what_the_client_sent_to_each_write_endpoint()
    {
        await using var host = await StartAsync();
        using var http = await GoogleClientAsync(host);
        host.Calls.RecordBodies = true;
        await http.PostAsync("v1/people:createContact?personFields=names", JsonBody(Person("Rec", "Orded")));
        await http.GetAsync("v1/contactGroups");

        var body = JsonNode.Parse(Assert.Single(host.Calls.Bodies("google POST /v1/people:createContact")))!;
        Assert.Equal("Orded", body["names"]![0]!["familyName"]!.GetValue<string>());
        Assert.Empty(host.Calls.Bodies("google GET /v1/contactGroups"));
        host.Calls.Reset();
        Assert.Empty(host.Calls.Bodies("google POST /v1/people:createContact"));
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        // A generous deadline for a loaded machine; the delay only paces the polling.
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (!await condition())
        {
            await Task.Delay(20, deadline.Token);
        }
    }
}
