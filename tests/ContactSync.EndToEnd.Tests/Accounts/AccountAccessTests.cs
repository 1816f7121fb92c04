using ContactSync.EndToEnd.Tests.Infrastructure;
using ContactSync.Emulators;
using ContactSync.Emulators.Org;
using Grpc.Core;
using Proto = ContactSync.Grpc.V1;

namespace ContactSync.EndToEnd.Tests.Accounts;

/// <summary>
/// The account rule over gRPC: a user key's plans sync only its own CRM user's Google account; another account needs an
/// admin's assignment, which the user key keeps while it does not change the account.
/// </summary>
public sealed class AccountAccessTests
{
    [Fact]
    public async Task UserKey_IsRefusedAnotherUsersAccount_UntilAnAdminAssignsIt()
    {
        await using var env = await SyncEnvironment.StartAsync(new EmulatorOptions
        {
            ZohoSeedContacts = 0, GoogleSeedContacts = 0, Seed = 143, Org = new OrgSeed(2, 2, 1, 0, 143),
        });
        var (own, other) = (env.Emulator.OrgUsers[0], env.Emulator.OrgUsers[1]);
        var key = await OrgPlans.UserKeyAsync(env, own.ZohoUserId);

        // By default the plan takes the key's own account; its groups are the ones the key may list.
        var plan = (await env.Client.ConfigureAsync(new Proto.ConfigureRequest { Plan = OrgPlans.For(env, own) }, key)).Plan;
        Assert.Equal(own.Email, plan.GoogleAccount);
        Assert.False(plan.GoogleAccountAssigned);
        var groups = await env.Client.ListGoogleGroupsAsync(new Proto.ListGoogleGroupsRequest(), key);
        Assert.Contains(groups.Groups, g => g.ResourceName == own.GoogleContactSyncGroup);

        // Another user's account: refused for the plan and for the picker, before anything is read from it.
        var elsewhere = plan.Clone();
        elsewhere.GoogleAccount = other.Email.ToUpperInvariant();
        elsewhere.GoogleGroup = other.GoogleContactSyncGroup;
        var denied = await Assert.ThrowsAsync<RpcException>(async () => await env.Client.ConfigureAsync(new Proto.ConfigureRequest { Plan = elsewhere }, key));
        Assert.Equal("GOOGLE_ACCOUNT_NOT_OWN", OrgPlans.Reason(denied, StatusCode.PermissionDenied));
        var listing = await Assert.ThrowsAsync<RpcException>(async () =>
            await env.Client.ListGoogleGroupsAsync(new Proto.ListGoogleGroupsRequest { GoogleAccount = other.Email }, key));
        Assert.Equal("GOOGLE_ACCOUNT_NOT_OWN", OrgPlans.Reason(listing, StatusCode.PermissionDenied));

        // An admin assigns it; the key keeps the assignment while it changes other settings, may list that account's
        // groups, and runs the plan on that account.
        var assigned = (await env.Client.ConfigureAsync(new Proto.ConfigureRequest { Plan = elsewhere }, SyncEnvironment.Auth)).Plan;
        Assert.Equal(other.Email, assigned.GoogleAccount);
        Assert.True(assigned.GoogleAccountAssigned);
        assigned.Interval = global::Google.Protobuf.WellKnownTypes.Duration.FromTimeSpan(TimeSpan.FromMinutes(30));
        var kept = (await env.Client.ConfigureAsync(new Proto.ConfigureRequest { Plan = assigned }, key)).Plan;
        Assert.True(kept.GoogleAccountAssigned);
        Assert.Contains((await env.Client.ListGoogleGroupsAsync(new Proto.ListGoogleGroupsRequest { GoogleAccount = other.Email }, key)).Groups,
            g => g.ResourceName == other.GoogleContactSyncGroup);
        var dryRun = await OrgPlans.RunAsync(env, kept.Id, key, dryRun: true);
        Assert.Equal(other.Email, dryRun.Run.GoogleAccount);

        // Back on its own account the assignment is gone, and the other account is refused again.
        kept.GoogleAccount = own.Email;
        kept.GoogleGroup = own.GoogleContactSyncGroup;
        var back = (await env.Client.ConfigureAsync(new Proto.ConfigureRequest { Plan = kept }, key)).Plan;
        Assert.Equal(own.Email, back.GoogleAccount);
        Assert.False(back.GoogleAccountAssigned);
        back.GoogleAccount = other.Email;
        back.GoogleGroup = other.GoogleContactSyncGroup;
        denied = await Assert.ThrowsAsync<RpcException>(async () => await env.Client.ConfigureAsync(new Proto.ConfigureRequest { Plan = back }, key));
        Assert.Equal("GOOGLE_ACCOUNT_NOT_OWN", OrgPlans.Reason(denied, StatusCode.PermissionDenied));
    }

    [Fact]
    public async Task Run_OfAPlanWhoseUsersEmailChanged_IsRefusedUntilConfiguredAgain()
    {
        await using var env = await SyncEnvironment.StartAsync(
            new EmulatorOptions { ZohoSeedContacts = 0, GoogleSeedContacts = 0, Seed = 147, Org = new OrgSeed(1, 2, 0, 0, 147) },
            configuration: new Dictionary<string, string?> { ["ContactSync:Runs:PermissionCheckReuse"] = "00:00:00", ["ContactSync:Limits:CatalogCacheDuration"] = "00:00:00" });
        var user = env.Emulator.OrgUsers[0];
        var key = await OrgPlans.UserKeyAsync(env, user.ZohoUserId);
        var plan = (await env.Client.ConfigureAsync(new Proto.ConfigureRequest { Plan = OrgPlans.For(env, user) }, key)).Plan;
        Assert.Equal(Proto.RunOutcome.Succeeded, (await OrgPlans.RunAsync(env, plan.Id, key)).Run.Outcome);

        // The CRM user now has another email (another Google account): the plan's account is no longer theirs.
        var renamed = "renamed." + user.Email;
        env.Emulator.Google.EnsureGroup(renamed, "ContactSync");
        env.Emulator.Zoho.SetUserEmail(user.ZohoUserId, renamed);
        foreach (var dryRun in new[] { true, false })
        {
            var denied = await Assert.ThrowsAsync<RpcException>(() => OrgPlans.RunAsync(env, plan.Id, key, dryRun));
            Assert.Equal("GOOGLE_ACCOUNT_NOT_OWN", OrgPlans.Reason(denied, StatusCode.PermissionDenied));
            Assert.Contains(renamed, denied.Status.Detail, StringComparison.Ordinal);
        }

        // Configured again on the new account (its own now), it runs there.
        plan.GoogleAccount = renamed;
        plan.GoogleGroup = env.Emulator.Google.FindGroup(renamed, "ContactSync")!;
        plan = (await env.Client.ConfigureAsync(new Proto.ConfigureRequest { Plan = plan }, key)).Plan;
        var run = (await OrgPlans.RunAsync(env, plan.Id, key)).Run;
        Assert.Equal(Proto.RunOutcome.Succeeded, run.Outcome);
        Assert.Equal(renamed, run.GoogleAccount);
    }
}
