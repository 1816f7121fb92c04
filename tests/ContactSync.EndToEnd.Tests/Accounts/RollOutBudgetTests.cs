using ContactSync.EndToEnd.Tests.Infrastructure;
using ContactSync.Emulators;
using ContactSync.Emulators.Org;
using Proto = ContactSync.Grpc.V1;

namespace ContactSync.EndToEnd.Tests.Accounts;

/// <summary>
/// A roll-out is one request of the admin key's live-call budget (120 a minute by default), whatever the number of users:
/// its per-user permission checks, views and groups are paced by the services' quotas, not refused as RATE_LIMITED.
/// </summary>
public sealed class RollOutBudgetTests
{
    [Fact]
    public async Task RollOutTo121Users_UnderTheDefaultLiveCallBudget_ReportsEveryUserCreated_NoneRateLimited()
    {
        const int users = 121;
        await using var env = await SyncEnvironment.StartAsync(new EmulatorOptions
        {
            ZohoSeedContacts = 0, GoogleSeedContacts = 0, Seed = 146, Org = new OrgSeed(users, 0, 0, 0, 146),
        });
        var org = env.Emulator.OrgUsers;
        var request = new Proto.RollOutPlansRequest
        {
            ValidateOnly = true,
            Template = new Proto.PlanTemplate
            {
                Name = "Budget – {email}",
                Direction = Proto.SyncDirection.CrmToGoogle,
                ConflictWinner = Proto.ConflictWinner.Crm,
                CrmViewName = "All Contacts",
                GoogleGroupName = "ContactSync",
                Caps = new Proto.RunCaps(),
            },
        };
        request.CrmUserIds.Add(org.Select(u => u.ZohoUserId));

        var results = (await env.Client.RollOutPlansAsync(request, SyncEnvironment.Auth)).Results;

        Assert.Equal(users, results.Count);
        var failed = results.Where(r => r.Outcome != Proto.RollOutOutcome.Created).Select(r => $"{r.CrmUserId}: {r.Outcome} {r.Reason}").ToList();
        Assert.True(failed.Count == 0, $"{failed.Count} users not created, e.g. {string.Join("; ", failed.Take(3))}");
        Assert.Equal(org.Select(u => u.ZohoUserId), results.Select(r => r.CrmUserId));

        // The key's budget still guards its other calls: the roll-out took one of them, so pickers still answer.
        Assert.NotEmpty((await env.Client.ListCrmViewsAsync(new Proto.ListCrmViewsRequest { CrmUserId = org[0].ZohoUserId }, SyncEnvironment.Auth)).Views);
    }
}
