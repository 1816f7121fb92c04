using ContactSync.Server.Tests.Infrastructure;
using ContactSync.Testing.Hosting;
using Grpc.Core;
using Grpc.Health.V1;
using Grpc.Reflection.V1Alpha;
using Proto = ContactSync.Grpc.V1;

namespace ContactSync.Server.Tests;

public sealed class AccessControlTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    private readonly TestServer _server = fixture.Server;
    private readonly Proto.ContactSync.ContactSyncClient _admin = fixture.Server.Client();

    [Fact]
    public async Task Call_WithoutKey_IsUnauthenticated()
    {
        var anonymous = _server.Client(apiKey: null);

        await RpcAssert.FailsWith(StatusCode.Unauthenticated, async () => await anonymous.ListConfigsAsync(new Proto.ListConfigsRequest()));
        await RpcAssert.FailsWith(StatusCode.Unauthenticated, async () => await anonymous.GetStatusAsync(new Proto.GetStatusRequest()));
    }

    [Theory]
    [InlineData("not-a-key")]
    [InlineData("csk_testadmin_wrongsecretwrongsecretwrongsecret")]
    [InlineData("csk_unknownid_0123456789abcdef0123456789abcdef")]
    [InlineData("csk_testadmin_short")]
    public async Task Call_WithBadKey_IsUnauthenticated(string key)
    {
        var client = _server.Client(key);

        await RpcAssert.FailsWith(StatusCode.Unauthenticated, async () => await client.ListConfigsAsync(new Proto.ListConfigsRequest()));
    }

    [Fact]
    public async Task Health_NeedsNoKey_AndIsServing()
    {
        var health = new Health.HealthClient(_server.Channel());

        var overall = await health.CheckAsync(new HealthCheckRequest());
        var service = await health.CheckAsync(new HealthCheckRequest { Service = "contactsync.v1.ContactSync" });

        Assert.Equal(HealthCheckResponse.Types.ServingStatus.Serving, overall.Status);
        Assert.Equal(HealthCheckResponse.Types.ServingStatus.Serving, service.Status);
    }

    [Fact]
    public async Task Reflection_NeedsNoKey_AndListsTheService()
    {
        var reflection = new ServerReflection.ServerReflectionClient(_server.Channel());
        using var call = reflection.ServerReflectionInfo();

        await call.RequestStream.WriteAsync(new ServerReflectionRequest { ListServices = "" });
        await call.RequestStream.CompleteAsync();
        Assert.True(await call.ResponseStream.MoveNext(CancellationToken.None));

        var services = call.ResponseStream.Current.ListServicesResponse.Service.Select(s => s.Name).ToList();
        Assert.Contains("contactsync.v1.ContactSync", services);
        Assert.Contains("grpc.health.v1.Health", services);
    }

    [Fact]
    public async Task UserKey_SeesOnlyItsUsersPlans()
    {
        var userId = TestPlans.UniqueUserId();
        var otherId = TestPlans.UniqueUserId();
        var own = (await _admin.ConfigureAsync(new Proto.ConfigureRequest { Plan = TestPlans.Valid(crmUserId: userId) })).Plan;
        var other = (await _admin.ConfigureAsync(new Proto.ConfigureRequest { Plan = TestPlans.Valid(crmUserId: otherId) })).Plan;
        var user = _server.Client(await CreateKeyAsync(Proto.ApiKeyRole.User, userId));

        var listed = await user.ListConfigsAsync(new Proto.ListConfigsRequest());
        var read = await user.GetConfigAsync(new Proto.GetConfigRequest { PlanId = own.Id });

        Assert.Equal([own.Id], listed.Plans.Select(p => p.Id));
        Assert.Equal(own, read.Plan);
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, async () => await user.GetConfigAsync(new Proto.GetConfigRequest { PlanId = other.Id }));
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, async () => await user.GetConfigAsync(new Proto.GetConfigRequest { Name = other.Name }));
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, async () => await user.DeleteConfigAsync(new Proto.DeleteConfigRequest { PlanId = other.Id }));
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, async () => await user.ConfigureAsync(new Proto.ConfigureRequest { Plan = other }));
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, async () => await user.ListConfigsAsync(new Proto.ListConfigsRequest { CrmUserId = otherId }));
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, async () => await user.ConfigureAsync(new Proto.ConfigureRequest { Plan = TestPlans.Valid(crmUserId: otherId) }));
        var adminView = await _admin.ListConfigsAsync(new Proto.ListConfigsRequest { CrmUserId = otherId });
        Assert.Equal([other.Id], adminView.Plans.Select(p => p.Id));
    }

    [Fact]
    public async Task UserKey_CanCreateUpdateAndDeleteItsOwnPlans()
    {
        var userId = TestPlans.UniqueUserId();
        var user = _server.Client(await CreateKeyAsync(Proto.ApiKeyRole.User, userId));

        var plan = TestPlans.Valid(crmUserId: userId);
        plan.GoogleGroup = TestPlans.UniqueGroup();
        var created = (await user.ConfigureAsync(new Proto.ConfigureRequest { Plan = plan })).Plan;
        var updated = (await user.ConfigureAsync(new Proto.ConfigureRequest { Plan = created })).Plan;
        var deleted = (await user.DeleteConfigAsync(new Proto.DeleteConfigRequest { PlanId = created.Id, Version = updated.Version })).Plan;

        Assert.Equal(2, updated.Version);
        Assert.Equal(created.Id, deleted.Id);
    }

    [Fact]
    public async Task UserKey_CannotManageKeys()
    {
        var user = _server.Client(await CreateKeyAsync(Proto.ApiKeyRole.User, TestPlans.UniqueUserId()));

        await RpcAssert.FailsWith(StatusCode.PermissionDenied, async () => await user.CreateApiKeyAsync(new Proto.CreateApiKeyRequest { Name = "x", Role = Proto.ApiKeyRole.Admin }));
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, async () => await user.ListApiKeysAsync(new Proto.ListApiKeysRequest()));
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, async () => await user.RevokeApiKeyAsync(new Proto.RevokeApiKeyRequest { KeyId = "testadmin" }));
    }

    [Fact]
    public async Task RevokedKey_IsUnauthenticatedAtOnce_AndListedOnlyWithRevoked()
    {
        var created = await _admin.CreateApiKeyAsync(new Proto.CreateApiKeyRequest { Name = "to revoke", Role = Proto.ApiKeyRole.Admin });
        var revocable = _server.Client(created.Secret);
        await revocable.ListConfigsAsync(new Proto.ListConfigsRequest());

        var revoked = await _admin.RevokeApiKeyAsync(new Proto.RevokeApiKeyRequest { KeyId = created.Key.Id });

        Assert.NotNull(revoked.Key.RevokeTime);
        await RpcAssert.FailsWith(StatusCode.Unauthenticated, async () => await revocable.ListConfigsAsync(new Proto.ListConfigsRequest()));
        var active = await _admin.ListApiKeysAsync(new Proto.ListApiKeysRequest());
        var all = await _admin.ListApiKeysAsync(new Proto.ListApiKeysRequest { IncludeRevoked = true });
        Assert.DoesNotContain(active.Keys, k => k.Id == created.Key.Id);
        Assert.Contains(all.Keys, k => k.Id == created.Key.Id && k.RevokeTime is not null);
    }

    [Fact]
    public async Task CreateApiKey_ReturnsSecretOnce_ListShowsNoSecret()
    {
        var userId = TestPlans.UniqueUserId();

        var created = await _admin.CreateApiKeyAsync(new Proto.CreateApiKeyRequest { Name = "  widget  ", Role = Proto.ApiKeyRole.User, CrmUserId = userId });

        Assert.StartsWith($"csk_{created.Key.Id}_", created.Secret, StringComparison.Ordinal);
        Assert.Equal("widget", created.Key.Name);
        Assert.Equal(Proto.ApiKeyRole.User, created.Key.Role);
        Assert.Equal(userId, created.Key.CrmUserId);
        var listed = await _admin.ListApiKeysAsync(new Proto.ListApiKeysRequest());
        var entry = Assert.Single(listed.Keys, k => k.Id == created.Key.Id);
        Assert.DoesNotContain(created.Secret[(created.Key.Id.Length + 5)..], entry.ToString(), StringComparison.Ordinal);
        Assert.Equal("testadmin", listed.Keys[0].Id);
    }

    [Fact]
    public async Task CreateApiKey_InvalidFields_AreReportedTogether()
    {
        var fields = await RpcAssert.FailsValidation(async () => await _admin.CreateApiKeyAsync(new Proto.CreateApiKeyRequest { Name = "", Role = Proto.ApiKeyRole.User }));
        var roleFields = await RpcAssert.FailsValidation(async () => await _admin.CreateApiKeyAsync(new Proto.CreateApiKeyRequest { Name = "x" }));
        var adminFields = await RpcAssert.FailsValidation(async () => await _admin.CreateApiKeyAsync(new Proto.CreateApiKeyRequest { Name = "x", Role = Proto.ApiKeyRole.Admin, CrmUserId = "1" }));

        Assert.Equal(["name", "crm_user_id"], fields);
        Assert.Equal(["role"], roleFields);
        Assert.Equal(["crm_user_id"], adminFields);
    }

    [Fact]
    public async Task RevokeApiKey_UnknownOrMissingId_IsNotFoundOrInvalid()
    {
        await RpcAssert.FailsWith(StatusCode.NotFound, async () => await _admin.RevokeApiKeyAsync(new Proto.RevokeApiKeyRequest { KeyId = "nosuchkey" }));
        var fields = await RpcAssert.FailsValidation(async () => await _admin.RevokeApiKeyAsync(new Proto.RevokeApiKeyRequest()));
        Assert.Equal(["key_id"], fields);
    }

    private async Task<string> CreateKeyAsync(Proto.ApiKeyRole role, string crmUserId) =>
        (await _admin.CreateApiKeyAsync(new Proto.CreateApiKeyRequest { Name = "test " + crmUserId, Role = role, CrmUserId = crmUserId })).Secret;
}
