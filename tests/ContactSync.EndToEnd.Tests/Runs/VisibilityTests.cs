using ContactSync.EndToEnd.Tests.Infrastructure;
using ContactSync.Emulators;
using Grpc.Core;
using Proto = ContactSync.Grpc.V1;

namespace ContactSync.EndToEnd.Tests.Runs;

public sealed class VisibilityTests
{
    [Fact]
    public async Task PlanOfAStandardUser_SyncsOnlyTheRecordsThatUserSees()
    {
        await using var env = await SyncEnvironment.StartAsync(new EmulatorOptions { ZohoSeedContacts = 80, Seed = 71 });
        var users = env.Emulator.Credentials.ZohoUserIds;
        var visibleOwners = new HashSet<string> { users["standard"], users["viewonly"] };
        var expected = env.Emulator.Zoho.GetAllRecords().Count(r => visibleOwners.Contains(r["Owner"]!["id"]!.ToString()));
        Assert.InRange(expected, 1, 79);
        var plan = await env.ConfigureAsync(direction: Proto.SyncDirection.CrmToGoogle, edit: p =>
        {
            p.CrmUserId = users["standard"];
            p.GoogleAccount = env.Emulator.Credentials.GoogleImpersonatedUser; // the group's account, assigned by the admin key
        });

        var result = (await env.RunAsync(plan.Id))[^1].Result.Run;

        Assert.Equal(Proto.RunOutcome.Succeeded, result.Outcome);
        Assert.Equal(expected, env.Emulator.Google.GetGroupMembers(env.Emulator.Credentials.GoogleContactSyncGroup).Count);
    }

    [Fact]
    public async Task PlanOfAViewOnlyUser_WritingTheCrm_IsDeniedNamingThePermission()
    {
        await using var env = await SyncEnvironment.StartAsync(new EmulatorOptions { ZohoSeedContacts = 5, Seed = 72 });
        var viewOnly = env.Emulator.Credentials.ZohoUserIds["viewonly"];

        var error = await Assert.ThrowsAsync<RpcException>(() => env.ConfigureAsync(edit: p =>
        {
            p.CrmUserId = viewOnly;
            p.GoogleAccount = env.Emulator.Credentials.GoogleImpersonatedUser;
        }));

        Assert.Equal(StatusCode.PermissionDenied, error.StatusCode);
        Assert.Contains("Contacts_Create", error.Status.Detail, StringComparison.Ordinal);
    }
}
