using ContactSync.Server.Tests.Infrastructure;
using ContactSync.Testing.Emulation;
using Grpc.Core;
using Proto = ContactSync.Grpc.V1;

namespace ContactSync.Server.Tests.Permissions;

/// <summary>
/// S10 in Configure, against the emulator's profile payloads (profiles.json: permissions_details and sections) changed as
/// an administrator would change them. Each test has its own emulator and server, since it changes profiles or users.
/// </summary>
public sealed class PermissionRuleTests
{
    [Fact]
    public async Task ProfileNotListingTheIntegrationPermission_IsAllowed()
    {
        await using var connected = await EmulatedServer.StartAsync();
        var ids = connected.Emulator.Credentials.ZohoUserIds;

        // No profile lists a Google-sync permission (Zoho documents none by name): the Contacts permissions decide.
        Assert.True((await Configure(connected, ids["standard"], Proto.SyncDirection.Bidirectional)).Created);
        Assert.True((await Configure(connected, ids["viewonly"], Proto.SyncDirection.CrmToGoogle)).Created);
    }

    [Fact]
    public async Task ProfileListingTheIntegrationPermissionDisabled_IsRefused_NamingThatRule()
    {
        await using var connected = await EmulatedServer.StartAsync();
        var standard = connected.Emulator.Credentials.ZohoUserIds["standard"];
        connected.Emulator.Zoho.SetProfilePermission("Standard", "Google_Contacts_Sync_Test", enabled: false, displayLabel: "Sync with Google Contacts");

        var ex = await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => Configure(connected, standard, Proto.SyncDirection.CrmToGoogle));

        Assert.Contains("Rule 'Google-sync integration permission'", ex.Status.Detail, StringComparison.Ordinal);
        Assert.Contains("Google_Contacts_Sync_Test", ex.Status.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain("Contacts_View", ex.Status.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain("Contacts_Create", ex.Status.Detail, StringComparison.Ordinal);

        // Ticked again by the administrator: allowed.
        connected.Emulator.Zoho.SetProfilePermission("Standard", "Google_Contacts_Sync_Test", enabled: true);
        Assert.True((await Configure(connected, standard, Proto.SyncDirection.Bidirectional)).Created);
    }

    [Fact]
    public async Task ProfileWithoutContactsDelete_IsRefusedByTheViewOnlyRule_AndMayUseCrmToGoogle()
    {
        await using var connected = await EmulatedServer.StartAsync();
        var standard = connected.Emulator.Credentials.ZohoUserIds["standard"];
        connected.Emulator.Zoho.SetProfilePermission("Standard", "Contacts_Delete", enabled: false);

        foreach (var direction in new[] { Proto.SyncDirection.Bidirectional, Proto.SyncDirection.GoogleToCrm })
        {
            var ex = await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => Configure(connected, standard, direction));
            Assert.Contains("Rule 'view-only users sync CRM → Google only'", ex.Status.Detail, StringComparison.Ordinal);
            Assert.Contains("Contacts_Delete", ex.Status.Detail, StringComparison.Ordinal);
            Assert.DoesNotContain("Contacts_Create", ex.Status.Detail, StringComparison.Ordinal);
        }

        Assert.True((await Configure(connected, standard, Proto.SyncDirection.CrmToGoogle)).Created);
    }

    [Fact]
    public async Task InactiveUser_IsRefused_NamingThatRule()
    {
        await using var connected = await EmulatedServer.StartAsync();
        var standard = connected.Emulator.Credentials.ZohoUserIds["standard"];
        connected.Emulator.Zoho.SetUserStatus(standard, "disabled");

        var ex = await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => Configure(connected, standard, Proto.SyncDirection.CrmToGoogle));

        Assert.Contains($"CRM user {standard} is not active (status 'disabled')", ex.Status.Detail, StringComparison.Ordinal);
        Assert.Contains("Rule 'active CRM user'", ex.Status.Detail, StringComparison.Ordinal);
    }

    private static async Task<Proto.ConfigureResponse> Configure(EmulatedServer connected, string crmUserId, Proto.SyncDirection direction) =>
        await connected.Admin.ConfigureAsync(new Proto.ConfigureRequest
        {
            Plan = new Proto.SyncPlan
            {
                Name = TestPlans.UniqueName(),
                CrmUserId = crmUserId,
                Direction = direction,
                ConflictWinner = direction == Proto.SyncDirection.Bidirectional ? Proto.ConflictWinner.Google : Proto.ConflictWinner.Unspecified,
                CrmViewId = connected.Emulator.Zoho.AllContactsViewId,
                GoogleGroup = connected.Emulator.Credentials.GoogleContactSyncGroup,
                // The group is in the Workspace user's account; an admin key assigns that account to other CRM users' plans.
                GoogleAccount = connected.Emulator.Credentials.GoogleImpersonatedUser,
            },
        });
}
