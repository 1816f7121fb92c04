using System.Text.Json.Nodes;
using ContactSync.EndToEnd.Tests.Infrastructure;
using ContactSync.Emulators;
using Google.Rpc;
using Grpc.Core;
using Proto = ContactSync.Grpc.V1;

namespace ContactSync.EndToEnd.Tests.Hardening;

/// <summary>
/// Two user keys over gRPC, each CRM user on their own Google account: Bob (the CRM administrator, who sees every contact)
/// can neither put a plan on Alice's account nor list its groups. Only an admin can assign Alice's account and group to
/// Bob's plan; then Alice (a standard CRM user) must not read, through that group, the CRM contacts Bob's plan exports there
/// — neither by a run nor by a dry run — and her run errors must not name CRM records she cannot see.
/// </summary>
public sealed class CrossUserGroupTests
{
    [Fact]
    public async Task UserKey_CannotReadAnotherUsersContactsThroughASharedAccountOrGroup_AndItsErrorsNameNoHiddenRecord()
    {
        await using var env = await SyncEnvironment.StartAsync(new EmulatorOptions { ZohoSeedContacts = 60, GoogleSeedContacts = 0, OverlappingEmails = 0, Seed = 81 });
        var users = env.Emulator.Credentials.ZohoUserIds;
        var aliceAccount = (await env.Client.ListCrmUsersAsync(new Proto.ListCrmUsersRequest(), SyncEnvironment.Auth)).Users.Single(u => u.Id == users["standard"]).Email;
        var shared = env.Emulator.Google.EnsureGroup(aliceAccount, "ContactSync");
        var own = env.Emulator.Google.EnsureGroup(aliceAccount, "Own");
        var alice = await UserAsync(env, users["standard"]);
        var bob = await UserAsync(env, users["admin"]);

        // Alice's Google → CRM plan is on her own account (her CRM email) by default.
        var alicePlan = (await env.Client.ConfigureAsync(new Proto.ConfigureRequest { Plan = Plan(env, "Alice", users["standard"], Proto.SyncDirection.GoogleToCrm, shared) }, alice)).Plan;
        Assert.Equal(aliceAccount, alicePlan.GoogleAccount);
        Assert.False(alicePlan.GoogleAccountAssigned);
        Assert.False(alicePlan.GoogleGroupAssigned);

        // Bob's key can neither use Alice's account nor list its groups; an admin can assign both to Bob's plan, which then exports every CRM contact there.
        var bobPlan = Plan(env, "Bob", users["admin"], Proto.SyncDirection.CrmToGoogle, shared);
        bobPlan.GoogleAccount = aliceAccount;
        AssertReason("GOOGLE_ACCOUNT_NOT_OWN", await Assert.ThrowsAsync<RpcException>(async () => await env.Client.ConfigureAsync(new Proto.ConfigureRequest { Plan = bobPlan }, bob)));
        AssertReason("GOOGLE_ACCOUNT_NOT_OWN", await Assert.ThrowsAsync<RpcException>(async () =>
            await env.Client.ListGoogleGroupsAsync(new Proto.ListGoogleGroupsRequest { GoogleAccount = aliceAccount }, bob)));
        var assigned = (await env.Client.ConfigureAsync(new Proto.ConfigureRequest { Plan = bobPlan }, SyncEnvironment.Auth)).Plan;
        Assert.True(assigned.GoogleAccountAssigned);
        Assert.True(assigned.GoogleGroupAssigned);
        Assert.Equal(Proto.RunOutcome.Succeeded, (await env.RunAsync(assigned.Id))[^1].Result.Run.Outcome);
        Assert.Equal(60, env.Emulator.Google.GetGroupMembers(shared, aliceAccount).Count);

        // Alice's plan would now read Bob's export: her dry runs and runs are refused, and so is saving it on that group.
        var hiddenEmails = HiddenFromAlice(env).Select(r => r["Email"]!.ToString()).ToList();
        Assert.NotEmpty(hiddenEmails);
        foreach (var dryRun in new[] { true, false })
        {
            var denied = await Assert.ThrowsAsync<RpcException>(() => RunAsync(env, alicePlan.Id, alice, dryRun));
            AssertReason("GOOGLE_GROUP_IN_USE", denied);
            Assert.DoesNotContain(hiddenEmails, e => denied.Status.Detail.Contains(e, StringComparison.OrdinalIgnoreCase));
        }

        AssertReason("GOOGLE_GROUP_IN_USE", await Assert.ThrowsAsync<RpcException>(async () => await env.Client.ConfigureAsync(new Proto.ConfigureRequest { Plan = alicePlan }, alice)));

        // On a group of her own Alice's plan runs. A contact there whose email a hidden CRM contact has fails as DUPLICATE_DATA,
        // shown to her without the hidden record's id or owner.
        var hidden = HiddenFromAlice(env)[0];
        AddCopyToGroup(env, hidden, own, aliceAccount);
        alicePlan.GoogleGroup = own;
        alicePlan = (await env.Client.ConfigureAsync(new Proto.ConfigureRequest { Plan = alicePlan }, alice)).Plan;
        var planned = (await RunAsync(env, alicePlan.Id, alice, dryRun: true)).PlannedChanges;
        Assert.DoesNotContain(planned, c => hiddenEmails.Skip(1).Contains(c.Email, StringComparer.OrdinalIgnoreCase));
        var run = (await RunAsync(env, alicePlan.Id, alice, dryRun: false)).Run;
        Assert.Equal(Proto.RunOutcome.PartiallySucceeded, run.Outcome);
        Assert.Equal(aliceAccount, run.GoogleAccount);

        await AssertErrorHidesRecordAsync(env, run.Id, alice, aliceAccount, hidden);

        // An admin may assign the shared group to Alice's plan too: then her dry run reads it (the admin's decision).
        alicePlan.GoogleGroup = shared;
        alicePlan = (await env.Client.ConfigureAsync(new Proto.ConfigureRequest { Plan = alicePlan }, SyncEnvironment.Auth)).Plan;
        Assert.True(alicePlan.GoogleGroupAssigned);
        Assert.NotEmpty((await RunAsync(env, alicePlan.Id, alice, dryRun: true)).PlannedChanges);
    }

    /// <summary>A Google contact in <paramref name="group"/> of <paramref name="account"/> with the email of <paramref name="crmRecord"/>.</summary>
    private static void AddCopyToGroup(SyncEnvironment env, JsonObject crmRecord, string group, string account)
    {
        var person = new JsonObject
        {
            ["names"] = new JsonArray(new JsonObject { ["givenName"] = "Copy", ["familyName"] = "Of hidden" }),
            ["emailAddresses"] = new JsonArray(new JsonObject { ["value"] = crmRecord["Email"]!.ToString(), ["type"] = "work" }),
            ["memberships"] = new JsonArray(new JsonObject { ["contactGroupMembership"] = new JsonObject { ["contactGroupResourceName"] = group } }),
        };
        env.Emulator.Google.CreateContactAsUser(person, account);
    }

    /// <summary>The run's one error is DUPLICATE_DATA for both keys; the user's view names neither the hidden record's id nor its owner.</summary>
    private static async Task AssertErrorHidesRecordAsync(SyncEnvironment env, string runId, Metadata user, string account, JsonObject hidden)
    {
        var seenByAlice = (await env.Client.ListRunErrorsAsync(new Proto.ListRunErrorsRequest { RunId = runId }, user)).Errors.Single();
        Assert.Equal("DUPLICATE_DATA", seenByAlice.Code);
        Assert.Equal(account, seenByAlice.GoogleAccount);
        Assert.Equal("", seenByAlice.DuplicateRecordId);
        Assert.Equal("", seenByAlice.DuplicateOwner);
        Assert.DoesNotContain(hidden["id"]!.ToString(), seenByAlice.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(hidden["Owner"]?["name"]?.ToString() ?? hidden["id"]!.ToString(), seenByAlice.ToString(), StringComparison.Ordinal);
        var seenByAdmin = (await env.Client.ListRunErrorsAsync(new Proto.ListRunErrorsRequest { RunId = runId }, SyncEnvironment.Auth)).Errors.Single();
        Assert.Equal("DUPLICATE_DATA", seenByAdmin.Code);
    }

    private static void AssertReason(string reason, RpcException error)
    {
        Assert.Equal(StatusCode.PermissionDenied, error.StatusCode);
        var info = error.GetRpcStatus()!.GetDetail<ErrorInfo>()!;
        Assert.Equal(reason, info.Reason);
    }

    /// <summary>CRM contacts the standard user may not see (owned by the administrator).</summary>
    private static List<JsonObject> HiddenFromAlice(SyncEnvironment env) =>
        env.Emulator.Zoho.GetAllRecords().Where(r => r["Owner"]!["id"]!.ToString() == env.Emulator.Credentials.ZohoUserIds["admin"] && r["Email"] is not null).ToList();

    private static async Task<Metadata> UserAsync(SyncEnvironment env, string crmUserId)
    {
        var key = await env.Client.CreateApiKeyAsync(new Proto.CreateApiKeyRequest { Name = "user " + crmUserId, Role = Proto.ApiKeyRole.User, CrmUserId = crmUserId }, SyncEnvironment.Auth);
        return new Metadata { { "authorization", "Bearer " + key.Secret } };
    }

    private static Proto.SyncPlan Plan(SyncEnvironment env, string name, string crmUserId, Proto.SyncDirection direction, string group) => new()
    {
        Name = name,
        CrmUserId = crmUserId,
        Direction = direction,
        CrmViewId = env.Emulator.Zoho.AllContactsViewId,
        GoogleGroup = group,
        Caps = new Proto.RunCaps(),
    };

    private static async Task<Proto.RunResult> RunAsync(SyncEnvironment env, string planId, Metadata auth, bool dryRun)
    {
        using var call = env.Client.RunSync(new Proto.RunSyncRequest { PlanId = planId, Mode = Proto.RunMode.Full, DryRun = dryRun }, auth);
        Proto.RunResult? result = null;
        await foreach (var item in call.ResponseStream.ReadAllAsync())
        {
            result = item.Result ?? result;
        }

        return result ?? throw new InvalidOperationException("No result.");
    }
}
