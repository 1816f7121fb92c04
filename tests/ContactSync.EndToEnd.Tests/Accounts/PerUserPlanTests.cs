using ContactSync.EndToEnd.Tests.Infrastructure;
using ContactSync.Emulators;
using ContactSync.Emulators.Org;
using Grpc.Core;
using Proto = ContactSync.Grpc.V1;

namespace ContactSync.EndToEnd.Tests.Accounts;

/// <summary>
/// Per-user plans over gRPC and the emulators: every CRM user's plan syncs that user's own Google account — impersonated by
/// a service account, or with the refresh token stored for it — and no account receives another user's contacts.
/// </summary>
public sealed class PerUserPlanTests
{
    private static EmulatorOptions Org(int users, int seed) => new()
    {
        ZohoSeedContacts = 0, GoogleSeedContacts = 0, OverlappingEmails = 0, Seed = seed, Org = new OrgSeed(users, 3, 2, 1, seed),
    };

    [Fact]
    public async Task ServiceAccount_TwoUsersPlans_WriteIntoTwoAccounts_NeitherSeesTheOthersContacts()
    {
        await using var env = await SyncEnvironment.StartAsync(Org(2, 141));
        var users = env.Emulator.OrgUsers;

        var plans = new List<Proto.SyncPlan>();
        foreach (var user in users)
        {
            var plan = (await env.Client.ConfigureAsync(new Proto.ConfigureRequest { Plan = OrgPlans.For(env, user) }, SyncEnvironment.Auth)).Plan;
            Assert.Equal(user.Email, plan.GoogleAccount); // the CRM user's email, resolved by Configure and stored
            var run = (await OrgPlans.RunAsync(env, plan.Id)).Run;
            Assert.Equal(Proto.RunOutcome.Succeeded, run.Outcome);
            Assert.Equal(user.Email, run.GoogleAccount);
            plans.Add(plan);
        }

        AssertOwnContactsOnly(env, users);
        var statuses = (await env.Client.GetStatusAsync(new Proto.GetStatusRequest(), SyncEnvironment.Auth)).Statuses;
        Assert.Equal(users.Select(u => u.Email).Order(), statuses.Select(s => s.GoogleAccount).Order());
        var runs = (await env.Client.ListRunsAsync(new Proto.ListRunsRequest { PlanId = plans[1].Id }, SyncEnvironment.Auth)).Runs;
        Assert.Equal(users[1].Email, Assert.Single(runs).GoogleAccount);
    }

    [Fact]
    public async Task UserOAuth_TwoAccountsRefreshTokensStored_EachPlanUsesItsOwn()
    {
        await using var env = await SyncEnvironment.StartAsync(Org(3, 142));
        var users = env.Emulator.OrgUsers;
        await OrgPlans.StoreRefreshTokenAsync(env, users[0]);
        var stored = (await OrgPlans.StoreRefreshTokenAsync(env, users[1])).Connection;

        // The second token joined the first; GetConnections lists both accounts and no secret.
        Assert.Equal([users[0].Email, users[1].Email], stored.Accounts);
        var listed = (await env.Client.GetConnectionsAsync(new Proto.GetConnectionsRequest(), SyncEnvironment.Auth)).Connections.Single(c => c.Kind == Proto.ConnectionKind.Google);
        Assert.Equal([users[0].Email, users[1].Email], listed.Accounts);
        Assert.Equal("refresh_token", listed.CredentialType);
        Assert.DoesNotContain(users[0].GoogleRefreshToken, listed.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(users[1].GoogleRefreshToken, listed.ToString(), StringComparison.Ordinal);
        var test = await env.Client.TestConnectionAsync(new Proto.TestConnectionRequest { Kind = Proto.ConnectionKind.Google, GoogleAccount = users[0].Email }, SyncEnvironment.Auth);
        Assert.True(test.Ok, test.Message);
        Assert.Contains(users[0].Email, test.Account, StringComparison.Ordinal);

        foreach (var user in users.Take(2))
        {
            var plan = (await env.Client.ConfigureAsync(new Proto.ConfigureRequest { Plan = OrgPlans.For(env, user) }, SyncEnvironment.Auth)).Plan;
            Assert.Equal(user.Email, plan.GoogleAccount);
            var run = (await OrgPlans.RunAsync(env, plan.Id)).Run;
            Assert.Equal(Proto.RunOutcome.Succeeded, run.Outcome);
            Assert.Equal(user.Email, run.GoogleAccount);
        }

        AssertOwnContactsOnly(env, users.Take(2).ToList());

        // The third user's account has no stored token: its plan cannot be configured, nor its account tested.
        var missing = await Assert.ThrowsAsync<RpcException>(async () => await env.Client.ConfigureAsync(new Proto.ConfigureRequest { Plan = OrgPlans.For(env, users[2]) }, SyncEnvironment.Auth));
        Assert.Equal("GOOGLE_ACCOUNT_NOT_CONNECTED", OrgPlans.Reason(missing, StatusCode.FailedPrecondition));
        Assert.Contains(users[2].Email, missing.Status.Detail, StringComparison.Ordinal);
        var untested = await Assert.ThrowsAsync<RpcException>(async () =>
            await env.Client.TestConnectionAsync(new Proto.TestConnectionRequest { Kind = Proto.ConnectionKind.Google, GoogleAccount = users[2].Email }, SyncEnvironment.Auth));
        Assert.Equal("GOOGLE_ACCOUNT_NOT_CONNECTED", OrgPlans.Reason(untested, StatusCode.FailedPrecondition));
    }

    /// <summary>Each user's account holds every contact of that user's CRM records and none of another user's.</summary>
    private static void AssertOwnContactsOnly(SyncEnvironment env, IReadOnlyList<OrgUser> users)
    {
        foreach (var user in users)
        {
            var account = OrgPlans.GoogleEmailsOf(env, user.Email);
            var own = OrgPlans.CrmEmailsOf(env, user);
            Assert.NotEmpty(own);
            Assert.Superset(own, account);
            foreach (var other in users.Where(o => o != user))
            {
                Assert.Empty(account.Intersect(OrgPlans.CrmEmailsOf(env, other)));
            }
        }
    }
}
