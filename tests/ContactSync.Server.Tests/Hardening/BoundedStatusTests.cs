using ContactSync.Server.Tests.Infrastructure;
using ContactSync.Testing.Hosting;
using Google.Rpc;
using Grpc.Core;
using Proto = ContactSync.Grpc.V1;

namespace ContactSync.Server.Tests.Hardening;

/// <summary>
/// Every error status stays small enough for default clients (grpc-message at most 1 KB, all trailers well under the
/// 8 KB metadata limit of grpcio): violations are capped, echoed input is truncated, absurd sizes are refused early.
/// </summary>
public sealed class BoundedStatusTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    private const int MaxMessage = 1024;
    private const int MaxDetails = 6 * 1024;
    private readonly Proto.ContactSync.ContactSyncClient _admin = fixture.Server.Client();

    [Fact]
    public async Task Configure_TenThousandMappings_IsRefusedWithOneShortViolation()
    {
        var plan = TestPlans.Valid();
        for (var i = 0; i < 10_000; i++)
        {
            plan.FieldMappings.Add(new Proto.FieldMapping { CrmField = "Email", GoogleField = "emailAddresses[type=work]" });
        }

        var error = await RpcAssert.FailsWith(StatusCode.InvalidArgument, async () => await _admin.ConfigureAsync(new Proto.ConfigureRequest { Plan = plan }));

        var violations = error.GetRpcStatus()!.GetDetail<BadRequest>()!.FieldViolations;
        Assert.Equal(["plan.field_mappings"], violations.Select(v => v.Field));
        Assert.Contains("200", violations[0].Description, StringComparison.Ordinal);
        AssertSmall(error);
    }

    [Fact]
    public async Task Configure_ManyInvalidFields_CapsTheViolationsAndSaysHowManyMore()
    {
        var plan = TestPlans.Valid();
        for (var i = 0; i < 150; i++)
        {
            plan.FieldMappings.Add(new Proto.FieldMapping { CrmField = $"9Unknown_Field_{i:000}", GoogleField = $"userDefined[Key {i:000}]" });
        }

        var error = await RpcAssert.FailsWith(StatusCode.InvalidArgument, async () => await _admin.ConfigureAsync(new Proto.ConfigureRequest { Plan = plan }));

        var violations = error.GetRpcStatus()!.GetDetail<BadRequest>()!.FieldViolations;
        Assert.InRange(violations.Count, 10, 51);
        Assert.All(violations.SkipLast(1), v => Assert.Matches(@"^plan\.field_mappings\[\d+\]\.crm_field$", v.Field));
        Assert.Matches(@"and \d+ more", violations[^1].Description);
        Assert.Contains("150", error.Status.Detail, StringComparison.Ordinal);
        AssertSmall(error);
    }

    [Fact]
    public async Task GetConfig_MegabyteId_IsRefusedWithoutEchoingIt()
    {
        var id = new string('x', 1_000_000);

        var error = await RpcAssert.FailsWith(StatusCode.InvalidArgument, async () => await _admin.GetConfigAsync(new Proto.GetConfigRequest { PlanId = id }));

        Assert.Equal(["plan_id"], error.GetRpcStatus()!.GetDetail<BadRequest>()!.FieldViolations.Select(v => v.Field));
        Assert.DoesNotContain(new string('x', 100), error.Status.Detail, StringComparison.Ordinal);
        AssertSmall(error);
    }

    [Fact]
    public async Task NotFound_EchoesTheNameTruncated()
    {
        var name = "n" + new string('y', 389);

        var error = await RpcAssert.FailsWith(StatusCode.NotFound, async () => await _admin.GetConfigAsync(new Proto.GetConfigRequest { Name = name }));

        Assert.Contains("nyyy", error.Status.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain(new string('y', 100), error.Status.Detail, StringComparison.Ordinal);
        Assert.InRange(error.Status.Detail.Length, 1, 300);
    }

    [Fact]
    public async Task SetConnection_AbsurdSecretOrUrl_IsRefusedEarly()
    {
        var zoho = new Proto.ZohoConnection
        {
            DataCenter = "eu",
            ClientId = "1000.client",
            ClientSecret = new string('s', 100_000),
            RefreshToken = "1000.refresh",
            ApiUrl = "http://127.0.0.1/" + new string('p', 5000),
        };

        var error = await RpcAssert.FailsWith(StatusCode.InvalidArgument, async () => await _admin.SetConnectionAsync(new Proto.SetConnectionRequest { Zoho = zoho }));

        var fields = error.GetRpcStatus()!.GetDetail<BadRequest>()!.FieldViolations.Select(v => v.Field).Order(StringComparer.Ordinal);
        Assert.Equal(["zoho.api_url", "zoho.client_secret"], fields);
        Assert.DoesNotContain("ssssssssss", error.Status.Detail, StringComparison.Ordinal);
        AssertSmall(error);
    }

    [Fact]
    public async Task UserKey_GetsTheSameLimits()
    {
        var userId = TestPlans.UniqueUserId();
        var key = (await _admin.CreateApiKeyAsync(new Proto.CreateApiKeyRequest { Name = "limits", Role = Proto.ApiKeyRole.User, CrmUserId = userId })).Secret;
        var user = fixture.Server.Client(key);
        var plan = TestPlans.Valid(crmUserId: userId);
        for (var i = 0; i < 5_000; i++)
        {
            plan.FieldMappings.Add(new Proto.FieldMapping { CrmField = $"F{i}", GoogleField = $"userDefined[K{i}]" });
        }

        var error = await RpcAssert.FailsWith(StatusCode.InvalidArgument, async () => await user.ConfigureAsync(new Proto.ConfigureRequest { Plan = plan }));

        Assert.Equal(["plan.field_mappings"], error.GetRpcStatus()!.GetDetail<BadRequest>()!.FieldViolations.Select(v => v.Field));
        AssertSmall(error);
    }

    private static void AssertSmall(RpcException error)
    {
        Assert.InRange(StatusInspection.EncodedMessageLength(error), 1, MaxMessage);
        Assert.InRange(StatusInspection.DetailsHeaderLength(error), 1, MaxDetails);
    }
}
