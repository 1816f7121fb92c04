using System.Text.Json.Nodes;
using ContactSync.EndToEnd.Tests.Infrastructure;
using ContactSync.Emulators;
using ContactSync.Testing.Emulation;
using Grpc.Core;
using Proto = ContactSync.Grpc.V1;

namespace ContactSync.EndToEnd.Tests.Runs;

/// <summary>
/// Issue 10 items 2, 3 and 7 through the service: the contact limit as a plan condition (run, status, dry run and
/// Configure), field notes, and error details on the side their record belongs to.
/// </summary>
public sealed class ApiLimitsServiceTests
{
    private static Metadata Auth => SyncEnvironment.Auth;

    [Fact]
    public async Task GoogleContactLimit_IsAPlanConditionOfTheRunAndStatus_AndConfigureAndDryRunWarnBeforehand()
    {
        var limit = new Dictionary<string, string?> { ["ContactSync:Runs:GoogleContactLimit"] = "200" };
        await using var env = await SyncEnvironment.StartAsync(new EmulatorOptions { ZohoSeedContacts = 300, GoogleContactLimit = 200, Seed = 71 }, configuration: limit);
        var request = new Proto.ConfigureRequest
        {
            Plan = new Proto.SyncPlan
            {
                Name = "Limit plan",
                CrmUserId = env.Emulator.Credentials.ZohoUserIds["admin"],
                Direction = Proto.SyncDirection.CrmToGoogle,
                CrmViewId = env.Emulator.Zoho.AllContactsViewId,
                GoogleGroup = env.Emulator.Credentials.GoogleContactSyncGroup,
                Caps = new Proto.RunCaps { FirstRun = 0, LaterRuns = 0 },
            },
        };

        var configured = await env.Client.ConfigureAsync(request, Auth);
        var warning = Assert.Single(configured.Warnings);
        Assert.Equal("GOOGLE_CONTACT_LIMIT", warning.Code);
        Assert.Equal(100, warning.Waiting);

        var dryRun = (await env.RunAsync(configured.Plan.Id, dryRun: true))[^1].Result.Run;
        Assert.Equal(100, Assert.Single(dryRun.Conditions).Waiting);
        Assert.Equal(0, env.Emulator.Google.Count);

        var run = (await env.RunAsync(configured.Plan.Id))[^1].Result.Run;
        var condition = Assert.Single(run.Conditions);
        Assert.Equal("GOOGLE_CONTACT_LIMIT", condition.Code);
        Assert.Equal(100, condition.Waiting);
        Assert.Contains("contact limit", condition.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(200, run.Google.Created);
        Assert.Equal(0, run.Errors);

        var status = (await env.Client.GetStatusAsync(new Proto.GetStatusRequest { PlanId = configured.Plan.Id }, Auth)).Statuses.Single();
        Assert.Equal(100, Assert.Single(status.Conditions).Waiting);
        Assert.Equal(100, status.Backlog);
        Assert.Equal(0, status.FailingRecords);
    }

    [Fact]
    public async Task RunErrors_CarryFieldExpectedTypeAndDuplicate_OnTheSideTheirRecordBelongsTo_AndNotesAreNotFailures()
    {
        await using var env = await SyncEnvironment.StartAsync(new EmulatorOptions { Seed = 72 });
        var group = env.Emulator.Credentials.GoogleContactSyncGroup;
        var existing = env.Emulator.Zoho.CreateRecordAsUser(new JsonObject { ["Last_Name"] = "Elsewhere", ["Email"] = "taken@example.com", ["Mailing_Country"] = "France" });
        var duplicate = env.Emulator.Google.CreateContactAsUser(Person(group, "Taken", "taken@example.com", null));
        env.Emulator.Google.CreateContactAsUser(Person(group, "Yearless", "yearless@example.com", new JsonObject { ["month"] = 12, ["day"] = 24 }));
        var plan = await env.ConfigureAsync(edit: p => p.CrmViewId = env.Emulator.Zoho.GermanyViewId);

        var run = (await env.RunAsync(plan.Id))[^1].Result.Run;

        Assert.Equal(1, run.Errors);
        Assert.Equal(1, run.Notes);
        var errors = (await env.Client.ListRunErrorsAsync(new Proto.ListRunErrorsRequest { RunId = run.Id }, Auth)).Errors;
        var failure = Assert.Single(errors, e => !e.Note);
        Assert.Equal("DUPLICATE_DATA", failure.Code);
        Assert.Equal(Proto.Side.Crm, failure.Side);
        Assert.Equal("", failure.RecordId);
        Assert.Equal("Email", failure.Field);
        Assert.Equal(existing, failure.DuplicateRecordId);
        Assert.Contains("Patricia Boyle", failure.DuplicateOwner, StringComparison.Ordinal);
        Assert.Contains(duplicate, failure.Message, StringComparison.Ordinal);

        var note = Assert.Single(errors, e => e.Note);
        Assert.Equal(Proto.Side.Crm, note.Side);
        Assert.Equal("Date_of_Birth", note.Field);
        Assert.Equal("date", note.ExpectedType);
        Assert.Equal(env.Emulator.Zoho.GetAllRecords().Single(r => r["Email"]?.ToString() == "yearless@example.com")["id"]!.ToString(), note.RecordId);

        var status = (await env.Client.GetStatusAsync(new Proto.GetStatusRequest { PlanId = plan.Id }, Auth)).Statuses.Single();
        Assert.Equal(1, status.FailingRecords);
        var failing = Assert.Single((await env.Client.ListRunErrorsAsync(new Proto.ListRunErrorsRequest { PlanId = plan.Id }, Auth)).Errors);
        Assert.Equal(existing, failing.DuplicateRecordId);
        Assert.Equal("", failing.RecordId);

        var again = (await env.RunAsync(plan.Id))[^1].Result.Run;
        Assert.Equal(0, again.Notes);
        Assert.DoesNotContain((await env.Client.ListRunErrorsAsync(new Proto.ListRunErrorsRequest { RunId = again.Id }, Auth)).Errors, e => e.Note);
    }

    [Fact]
    public async Task AZohoConnectionWithOnlyTheAccountsUrl_ReachesTheApiAtTheApiDomainOfTheToken()
    {
        await using var env = await SyncEnvironment.StartAsync(new EmulatorOptions { ZohoSeedContacts = 12, Seed = 73 });
        var request = ConnectionRequests.Zoho(env.Emulator);
        request.Zoho.ApiUrl = "";
        request.Zoho.DataCenter = "us";
        await env.Client.SetConnectionAsync(request, Auth);
        var plan = await env.ConfigureAsync(direction: Proto.SyncDirection.CrmToGoogle);

        var run = (await env.RunAsync(plan.Id))[^1].Result.Run;

        Assert.Equal(Proto.RunOutcome.Succeeded, run.Outcome);
        Assert.Equal(12, run.Google.Created);
    }

    private static JsonObject Person(string group, string family, string email, JsonObject? birthday)
    {
        var person = new JsonObject
        {
            ["names"] = new JsonArray(new JsonObject { ["givenName"] = "Ana", ["familyName"] = family }),
            ["emailAddresses"] = new JsonArray(new JsonObject { ["value"] = email, ["type"] = "work" }),
            ["memberships"] = new JsonArray(new JsonObject { ["contactGroupMembership"] = new JsonObject { ["contactGroupResourceName"] = group } }),
        };
        if (birthday is not null)
        {
            person["birthdays"] = new JsonArray(new JsonObject { ["date"] = birthday });
        }

        return person;
    }
}
