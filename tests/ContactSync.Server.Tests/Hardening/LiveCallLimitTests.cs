using ContactSync.Emulators;
using ContactSync.Server.Tests.Infrastructure;
using ContactSync.Testing.Emulation;
using ContactSync.Testing.Hosting;
using Google.Rpc;
using Grpc.Core;
using Proto = ContactSync.Grpc.V1;

namespace ContactSync.Server.Tests.Hardening;

/// <summary>
/// Keys cannot spend the organisation's Zoho credits at will: the catalogues and permission answers are cached briefly,
/// and each key has a budget of calls that reach Zoho CRM or Google.
/// </summary>
public sealed class LiveCallLimitTests
{
    [Fact]
    public async Task TenRoundsOfPickersTestsAndValidation_ReachZohoAboutOnce()
    {
        await using var connected = await EmulatedServer.StartAsync();
        var plan = ValidPlan(connected.Emulator);
        connected.Emulator.Calls.Reset();

        for (var round = 0; round < 10; round++)
        {
            await connected.Admin.ListCrmViewsAsync(new Proto.ListCrmViewsRequest { CrmUserId = connected.Emulator.Credentials.ZohoUserIds["standard"] });
            await connected.Admin.ListFieldsAsync(new Proto.ListFieldsRequest());
            await connected.Admin.ListGoogleGroupsAsync(new Proto.ListGoogleGroupsRequest());
            await connected.Admin.TestConnectionAsync(new Proto.TestConnectionRequest { Kind = Proto.ConnectionKind.Zoho });
            await connected.Admin.ConfigureAsync(new Proto.ConfigureRequest { Plan = plan, ValidateOnly = true });
        }

        var zohoCalls = connected.Emulator.Calls.Total("zoho");
        Assert.True(zohoCalls <= 10, $"10 rounds made {zohoCalls} Zoho calls: {string.Join(", ", connected.Emulator.Calls.Snapshot())}");
    }

    [Fact]
    public async Task KeyOverItsBudget_IsResourceExhaustedWithRetryInfo_OtherKeysAreNot()
    {
        await using var emulator = await EmulatorHost.StartAsync(new EmulatorOptions { Port = 0, ZohoSeedContacts = 5, GoogleSeedContacts = 5 }, CancellationToken.None);
        await using var server = await TestServer.StartAsync(configuration: new Dictionary<string, string?>
        {
            ["ContactSync:Limits:LiveCallsPerMinute"] = "1",
            ["ContactSync:Limits:LiveCallBurst"] = "2",
        });
        var admin = server.Client();
        await admin.SetConnectionAsync(ConnectionRequests.Zoho(emulator));
        await admin.SetConnectionAsync(ConnectionRequests.Google(emulator));
        var spender = server.Client((await admin.CreateApiKeyAsync(new Proto.CreateApiKeyRequest { Name = "spender", Role = Proto.ApiKeyRole.Admin })).Secret);

        await spender.ListCrmViewsAsync(new Proto.ListCrmViewsRequest());
        await spender.ListFieldsAsync(new Proto.ListFieldsRequest());
        var error = await RpcAssert.FailsWith(StatusCode.ResourceExhausted, async () => await spender.ListGoogleGroupsAsync(new Proto.ListGoogleGroupsRequest()));

        var status = error.GetRpcStatus()!;
        Assert.Equal("RATE_LIMITED", status.GetDetail<ErrorInfo>()!.Reason);
        Assert.True(status.GetDetail<RetryInfo>()!.RetryDelay.ToTimeSpan() > TimeSpan.Zero);
        await spender.ListFieldsAsync(new Proto.ListFieldsRequest());
        Assert.NotEmpty((await admin.ListGoogleGroupsAsync(new Proto.ListGoogleGroupsRequest())).Groups);
    }

    private static Proto.SyncPlan ValidPlan(EmulatorHost emulator) => new()
    {
        Name = TestPlans.UniqueName(),
        CrmUserId = emulator.Credentials.ZohoUserIds["standard"],
        Direction = Proto.SyncDirection.CrmToGoogle,
        CrmViewId = emulator.Zoho.AllContactsViewId,
        GoogleGroup = emulator.Credentials.GoogleContactSyncGroup,
        // The group is in the Workspace user's account; an admin key assigns that account to other CRM users' plans.
        GoogleAccount = emulator.Credentials.GoogleImpersonatedUser,
    };
}
