using ContactSync.Server.Tests.Infrastructure;
using ContactSync.Testing.Emulation;
using Grpc.Core;
using Proto = ContactSync.Grpc.V1;

namespace ContactSync.Server.Tests.Permissions;

/// <summary>S10 in Configure, over a loopback server and the Zoho emulator's users and profiles.</summary>
public sealed class PermissionTests(EmulatedServerFixture fixture) : IClassFixture<EmulatedServerFixture>
{
    private readonly EmulatedServer _connected = fixture.Connected;

    [Theory]
    [InlineData("admin", Proto.SyncDirection.Bidirectional)]
    [InlineData("standard", Proto.SyncDirection.Bidirectional)]
    [InlineData("standard", Proto.SyncDirection.GoogleToCrm)]
    [InlineData("peer", Proto.SyncDirection.CrmToGoogle)]
    public async Task Configure_ForAUserWithEveryPermission_IsStored(string user, Proto.SyncDirection direction)
    {
        var response = await _connected.Admin.ConfigureAsync(new Proto.ConfigureRequest { Plan = Plan(_connected.Emulator.Credentials.ZohoUserIds[user], direction) });

        Assert.True(response.Created);
    }

    [Theory]
    [InlineData(Proto.SyncDirection.Bidirectional)]
    [InlineData(Proto.SyncDirection.GoogleToCrm)]
    public async Task Configure_ForAViewOnlyUser_WritingTheCrm_IsDenied_NamingEveryMissingPermission(Proto.SyncDirection direction)
    {
        var viewOnly = _connected.Emulator.Credentials.ZohoUserIds["viewonly"];

        var ex = await RpcAssert.FailsWith(StatusCode.PermissionDenied,
            async () => await _connected.Admin.ConfigureAsync(new Proto.ConfigureRequest { Plan = Plan(viewOnly, direction), ValidateOnly = true }));

        Assert.Contains(viewOnly, ex.Status.Detail, StringComparison.Ordinal);
        Assert.Contains("Rule 'view-only users sync CRM → Google only'", ex.Status.Detail, StringComparison.Ordinal);
        Assert.Contains("Contacts_Create", ex.Status.Detail, StringComparison.Ordinal);
        Assert.Contains("Contacts_Edit", ex.Status.Detail, StringComparison.Ordinal);
        Assert.Contains("Contacts_Delete", ex.Status.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain("Contacts_View", ex.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Configure_ForAViewOnlyUser_CrmToGoogle_IsAllowed()
    {
        var viewOnly = _connected.Emulator.Credentials.ZohoUserIds["viewonly"];

        // No profile of the emulator lists a Google-sync integration permission; Contacts view is enough for CRM → Google.
        var response = await _connected.Admin.ConfigureAsync(new Proto.ConfigureRequest { Plan = Plan(viewOnly, Proto.SyncDirection.CrmToGoogle) });

        Assert.True(response.Created);
    }

    [Fact]
    public async Task Configure_ForAnUnknownCrmUser_IsDenied()
    {
        var ex = await RpcAssert.FailsWith(StatusCode.PermissionDenied,
            async () => await _connected.Admin.ConfigureAsync(new Proto.ConfigureRequest { Plan = Plan("987654321", Proto.SyncDirection.CrmToGoogle), ValidateOnly = true }));

        Assert.Contains("CRM user 987654321 not found", ex.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Configure_WithoutAZohoConnection_SkipsTheLiveChecks()
    {
        await using var bare = await EmulatedServer.StartAsync(new() { Connect = false });

        var response = await bare.Admin.ConfigureAsync(new Proto.ConfigureRequest { Plan = Plan("987654321", Proto.SyncDirection.Bidirectional) });

        Assert.True(response.Created);
    }

    private Proto.SyncPlan Plan(string crmUserId, Proto.SyncDirection direction) => new()
    {
        Name = TestPlans.UniqueName(),
        CrmUserId = crmUserId,
        Direction = direction,
        ConflictWinner = direction == Proto.SyncDirection.Bidirectional ? Proto.ConflictWinner.Google : Proto.ConflictWinner.Unspecified,
        CrmViewId = _connected.Emulator.Zoho.AllContactsViewId,
        GoogleGroup = _connected.Emulator.Credentials.GoogleContactSyncGroup,
        // The group is in the Workspace user's account; an admin key assigns that account to other CRM users' plans.
        GoogleAccount = _connected.Emulator.Credentials.GoogleImpersonatedUser,
    };
}
