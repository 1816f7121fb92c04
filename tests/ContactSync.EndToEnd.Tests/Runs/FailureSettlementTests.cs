using System.Text.Json.Nodes;
using ContactSync.EndToEnd.Tests.Infrastructure;
using ContactSync.Emulators;
using Grpc.Core;
using Proto = ContactSync.Grpc.V1;

namespace ContactSync.EndToEnd.Tests.Runs;

/// <summary>GetStatus.failing_records and ListRunErrors(plan) list only what still fails after records settle.</summary>
public sealed class FailureSettlementTests
{
    private static Metadata Auth => SyncEnvironment.Auth;

    [Fact]
    public async Task RecordsThatSettleByAnyPath_LeaveTheFailingList_OnlyTheStillFailingOneStays()
    {
        await using var env = await SyncEnvironment.StartAsync(new EmulatorOptions { GoogleSeedContacts = 5, Seed = 61 });
        var paired = AddGroupContact(env, "Paired", "paired@example.com");
        var deleted = AddGroupContact(env, "Deleted", "deleted@example.com");
        var corrected = AddGroupContact(env, "Corrected", "corrected@example.com");
        AddGroupContact(env, "Still", "still.failing@example.com");

        // The CRM already holds these emails (Email is unique) in records of a user the plan's user cannot see, so it
        // refuses the four creates as DUPLICATE_DATA: four failing records. (A value the CRM merely cannot hold is
        // written without it and noted instead, so a true refusal is needed here.)
        var peer = env.Emulator.Credentials.ZohoUserIds["peer"];
        var hidden = new[] { "paired", "deleted", "corrected", "still.failing" }
            .ToDictionary(n => n, n => env.Emulator.Zoho.CreateRecordAsUser(new JsonObject { ["Last_Name"] = "Hidden", ["Email"] = n + "@example.com" }, peer));
        var plan = await env.ConfigureAsync(edit: p =>
        {
            p.CrmUserId = env.Emulator.Credentials.ZohoUserIds["standard"];
            p.GoogleAccount = env.Emulator.Credentials.GoogleImpersonatedUser; // the group's account, assigned by the admin key
        });
        var first = (await env.RunAsync(plan.Id))[^1].Result.Run;
        Assert.Equal(4, first.Errors);
        Assert.Equal(4, (await StatusAsync(env, plan.Id)).FailingRecords);
        Assert.Equal(4, (await PlanErrorsAsync(env, plan.Id)).Count);

        // One's CRM record moves to the plan's user (it pairs by email, under its CRM id); one is deleted in Google; one
        // gets a new email in Google (it is created in the CRM); the fourth still fails.
        Assert.True(env.Emulator.Zoho.DeleteRecordAsUser(hidden["paired"], peer));
        env.Emulator.Zoho.CreateRecordAsUser(new JsonObject { ["First_Name"] = "Paired", ["Last_Name"] = "Paired", ["Email"] = "paired@example.com" }, env.Emulator.Credentials.ZohoUserIds["standard"]);
        Assert.True(env.Emulator.Google.DeleteContactAsUser(deleted));
        env.Emulator.Google.EditContactAsUser(corrected, p => p["emailAddresses"]![0]!["value"] = "corrected.new@example.com");
        var second = (await env.RunAsync(plan.Id))[^1].Result.Run;

        Assert.Equal(1, second.Errors);
        Assert.Equal(1, (await StatusAsync(env, plan.Id)).FailingRecords);
        var still = Assert.Single(await PlanErrorsAsync(env, plan.Id));
        Assert.Equal("still.failing@example.com", still.Email);
        Assert.Equal(1, still.Retries);
        Assert.Single(env.Emulator.Zoho.GetAllRecords(), r => (string?)r["Email"] == "paired@example.com");
        Assert.Equal("Paired", (string?)env.Emulator.Google.GetContact(paired)!["names"]![0]!["givenName"]);
        Assert.Single(env.Emulator.Zoho.GetAllRecords(), r => (string?)r["Email"] == "corrected.new@example.com");

        // A quiet run changes nothing and the list stays right.
        var third = (await env.RunAsync(plan.Id))[^1].Result.Run;
        Assert.Equal(1, third.Errors);
        Assert.Equal(1, (await StatusAsync(env, plan.Id)).FailingRecords);
    }

    private static string AddGroupContact(SyncEnvironment env, string family, string email) =>
        env.Emulator.Google.CreateContactAsUser(new JsonObject
        {
            ["names"] = new JsonArray(new JsonObject { ["givenName"] = family, ["familyName"] = family }),
            ["emailAddresses"] = new JsonArray(new JsonObject { ["value"] = email, ["type"] = "work" }),
            ["memberships"] = new JsonArray(new JsonObject { ["contactGroupMembership"] = new JsonObject { ["contactGroupResourceName"] = env.Emulator.Credentials.GoogleContactSyncGroup } }),
        });

    private static async Task<Proto.PlanStatus> StatusAsync(SyncEnvironment env, string planId) =>
        (await env.Client.GetStatusAsync(new Proto.GetStatusRequest { PlanId = planId }, Auth)).Statuses.Single();

    private static async Task<IReadOnlyList<Proto.RecordError>> PlanErrorsAsync(SyncEnvironment env, string planId) =>
        (await env.Client.ListRunErrorsAsync(new Proto.ListRunErrorsRequest { PlanId = planId }, Auth)).Errors;
}
