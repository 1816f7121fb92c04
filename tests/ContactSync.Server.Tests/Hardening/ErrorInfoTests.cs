using ContactSync.Server.Tests.Infrastructure;
using ContactSync.Testing.Hosting;
using Google.Rpc;
using Grpc.Core;
using Proto = ContactSync.Grpc.V1;

namespace ContactSync.Server.Tests.Hardening;

/// <summary>Every non-OK status carries google.rpc.ErrorInfo (domain "contactsync.v1", a stable reason, metadata).</summary>
public sealed class ErrorInfoTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    private readonly TestServer _server = fixture.Server;
    private readonly Proto.ContactSync.ContactSyncClient _admin = fixture.Server.Client();

    [Fact]
    public async Task Authentication_Failures_CarryTheirReason()
    {
        var missing = await RpcAssert.FailsWith(StatusCode.Unauthenticated, async () => await _server.Client(apiKey: null).ListConfigsAsync(new Proto.ListConfigsRequest()));
        var invalid = await RpcAssert.FailsWith(StatusCode.Unauthenticated, async () => await _server.Client("csk_testadmin_wrongwrongwrongwrongwrongwrongwrong").ListConfigsAsync(new Proto.ListConfigsRequest()));

        Assert.Equal("API_KEY_MISSING", StatusInspection.ErrorInfo(missing).Reason);
        Assert.Equal("API_KEY_INVALID", StatusInspection.ErrorInfo(invalid).Reason);
    }

    [Fact]
    public async Task Validation_CarriesErrorInfoBesideTheBadRequest()
    {
        var error = await RpcAssert.FailsWith(StatusCode.InvalidArgument, async () => await _admin.ConfigureAsync(new Proto.ConfigureRequest { Plan = new Proto.SyncPlan() }));

        var info = StatusInspection.ErrorInfo(error);
        Assert.Equal("INVALID_FIELDS", info.Reason);
        var badRequest = error.GetRpcStatus()!.GetDetail<BadRequest>()!;
        Assert.Equal(badRequest.FieldViolations.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), info.Metadata["violations"]);
        Assert.Contains("plan.name", info.Metadata["fields"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task NotFound_NamesWhatWasNotFound()
    {
        var plan = await RpcAssert.FailsWith(StatusCode.NotFound, async () => await _admin.GetConfigAsync(new Proto.GetConfigRequest { PlanId = "nosuchplan" }));
        var key = await RpcAssert.FailsWith(StatusCode.NotFound, async () => await _admin.RevokeApiKeyAsync(new Proto.RevokeApiKeyRequest { KeyId = "nosuchkey" }));
        var run = await RpcAssert.FailsWith(StatusCode.NotFound, async () => await _admin.CancelRunAsync(new Proto.CancelRunRequest { RunId = "run_nosuch" }));

        Assert.Equal("PLAN_NOT_FOUND", StatusInspection.ErrorInfo(plan).Reason);
        Assert.Equal("nosuchplan", StatusInspection.ErrorInfo(plan).Metadata["plan_id"]);
        Assert.Equal("API_KEY_NOT_FOUND", StatusInspection.ErrorInfo(key).Reason);
        Assert.Equal("nosuchkey", StatusInspection.ErrorInfo(key).Metadata["key_id"]);
        Assert.Equal("RUN_NOT_FOUND", StatusInspection.ErrorInfo(run).Reason);
    }

    [Fact]
    public async Task StaleVersion_CarriesTheCurrentVersion()
    {
        var plan = (await _admin.ConfigureAsync(new Proto.ConfigureRequest { Plan = TestPlans.Valid() })).Plan;
        await _admin.ConfigureAsync(new Proto.ConfigureRequest { Plan = plan });

        var error = await RpcAssert.FailsWith(StatusCode.Aborted, async () => await _admin.ConfigureAsync(new Proto.ConfigureRequest { Plan = plan }));

        var info = StatusInspection.ErrorInfo(error);
        Assert.Equal("PLAN_VERSION_CONFLICT", info.Reason);
        Assert.Equal(plan.Id, info.Metadata["plan_id"]);
        Assert.Equal("2", info.Metadata["current_version"]);
    }

    [Fact]
    public async Task PermissionDenied_SaysWhichRuleDenied()
    {
        var userId = TestPlans.UniqueUserId();
        var user = _server.Client((await _admin.CreateApiKeyAsync(new Proto.CreateApiKeyRequest { Name = "u", Role = Proto.ApiKeyRole.User, CrmUserId = userId })).Secret);
        var other = (await _admin.ConfigureAsync(new Proto.ConfigureRequest { Plan = TestPlans.Valid(crmUserId: TestPlans.UniqueUserId()) })).Plan;

        var keys = await RpcAssert.FailsWith(StatusCode.PermissionDenied, async () => await user.ListApiKeysAsync(new Proto.ListApiKeysRequest()));
        var plan = await RpcAssert.FailsWith(StatusCode.PermissionDenied, async () => await user.GetConfigAsync(new Proto.GetConfigRequest { PlanId = other.Id }));

        Assert.Equal("ADMIN_KEY_REQUIRED", StatusInspection.ErrorInfo(keys).Reason);
        var info = StatusInspection.ErrorInfo(plan);
        Assert.Equal("PLAN_OF_ANOTHER_USER", info.Reason);
        Assert.Equal(userId, info.Metadata["crm_user_id"]);
    }

    [Fact]
    public async Task FailedPrecondition_NamesTheMissingConnection()
    {
        await using var fresh = await TestServer.StartAsync();
        var client = fresh.Client();
        var plan = (await client.ConfigureAsync(new Proto.ConfigureRequest { Plan = TestPlans.Valid() })).Plan;

        var run = await RpcAssert.FailsWith(StatusCode.FailedPrecondition, async () =>
        {
            using var call = client.RunSync(new Proto.RunSyncRequest { PlanId = plan.Id });
            await call.ResponseStream.MoveNext(CancellationToken.None);
        });
        var lastAdmin = await RpcAssert.FailsWith(StatusCode.FailedPrecondition, async () => await client.RevokeApiKeyAsync(new Proto.RevokeApiKeyRequest { KeyId = "testadmin" }));

        Assert.Equal("CONNECTION_NOT_CONFIGURED", StatusInspection.ErrorInfo(run).Reason);
        Assert.Equal("zoho", StatusInspection.ErrorInfo(run).Metadata["connection"]);
        Assert.Equal("LAST_ADMIN_KEY", StatusInspection.ErrorInfo(lastAdmin).Reason);
    }
}
