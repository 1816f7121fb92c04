using ContactSync.Server.Tests.Infrastructure;
using ContactSync.Testing.Hosting;
using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;
using Proto = ContactSync.Grpc.V1;

namespace ContactSync.Server.Tests.Hardening;

/// <summary>Input rules of the review: names by text elements, no invisible-only text, no user-info in URLs, no unknown enum values.</summary>
public sealed class InputRulesTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    private readonly TestServer _server = fixture.Server;
    private readonly Proto.ContactSync.ContactSyncClient _admin = fixture.Server.Client();

    [Fact]
    public async Task PlanName_OfSixtyEmoji_IsAccepted()
    {
        var name = string.Concat(Enumerable.Repeat("😀", 59)) + Guid.NewGuid().ToString("N")[..1];

        var response = await _admin.ConfigureAsync(new Proto.ConfigureRequest { Plan = TestPlans.Valid(name), ValidateOnly = true });

        Assert.Equal(name, response.Plan.Name);
    }

    [Theory]
    [InlineData("\u200B\u200B\u200B")]
    [InlineData("\u202E\u202D")]
    [InlineData("\u2066\u2069")]
    [InlineData("\u3164\u115F")]
    [InlineData("\u200E \u200F")]
    [InlineData("Invoice\u202Egpj.exe")]
    [InlineData("bad\u0007name")]
    public async Task PlanName_InvisibleOnlyOrWithBidiControls_IsRefused(string name)
    {
        var fields = await RpcAssert.FailsValidation(async () => await _admin.ConfigureAsync(new Proto.ConfigureRequest { Plan = TestPlans.Valid(name), ValidateOnly = true }));

        Assert.Equal(["plan.name"], fields);
    }

    [Fact]
    public async Task PlanName_OfMoreThanAHundredTextElements_IsRefused()
    {
        var fields = await RpcAssert.FailsValidation(async () =>
            await _admin.ConfigureAsync(new Proto.ConfigureRequest { Plan = TestPlans.Valid(string.Concat(Enumerable.Repeat("é", 101))), ValidateOnly = true }));

        Assert.Equal(["plan.name"], fields);
    }

    [Theory]
    [InlineData("userDefined[Tier\u0007]")]
    [InlineData("userDefined[\u200B]")]
    [InlineData("phoneNumbers[type=mo\nbile]")]
    [InlineData("names[0].given\u0000Name")]
    public async Task GooglePath_WithControlOrInvisibleCharacters_IsRefused(string path)
    {
        var plan = TestPlans.Valid();
        plan.FieldMappings[2].GoogleField = path;

        var fields = await RpcAssert.FailsValidation(async () => await _admin.ConfigureAsync(new Proto.ConfigureRequest { Plan = plan, ValidateOnly = true }));

        Assert.Equal(["plan.field_mappings[2].google_field"], fields);
    }

    [Fact]
    public async Task GooglePath_WithAFiveThousandCharacterSelector_IsRefused()
    {
        var plan = TestPlans.Valid();
        plan.FieldMappings[2].GoogleField = $"phoneNumbers[type={new string('m', 5000)}]";

        var fields = await RpcAssert.FailsValidation(async () => await _admin.ConfigureAsync(new Proto.ConfigureRequest { Plan = plan, ValidateOnly = true }));

        Assert.Equal(["plan.field_mappings[2].google_field"], fields);
    }

    [Theory]
    [InlineData("\u202E\u202C")]
    [InlineData("\u200B")]
    public async Task ApiKeyName_InvisibleOnly_IsRefused(string name)
    {
        var fields = await RpcAssert.FailsValidation(async () => await _admin.CreateApiKeyAsync(new Proto.CreateApiKeyRequest { Name = name, Role = Proto.ApiKeyRole.Admin }));

        Assert.Equal(["name"], fields);
    }

    [Fact]
    public async Task GetConfigByName_OfAnotherUsersPlan_IsDeniedWithoutItsId()
    {
        var other = (await _admin.ConfigureAsync(new Proto.ConfigureRequest { Plan = TestPlans.Valid(crmUserId: TestPlans.UniqueUserId()) })).Plan;
        var userId = TestPlans.UniqueUserId();
        var user = _server.Client((await _admin.CreateApiKeyAsync(new Proto.CreateApiKeyRequest { Name = "u", Role = Proto.ApiKeyRole.User, CrmUserId = userId })).Secret);

        var byName = await RpcAssert.FailsWith(StatusCode.PermissionDenied, async () => await user.GetConfigAsync(new Proto.GetConfigRequest { Name = other.Name }));
        var byId = await RpcAssert.FailsWith(StatusCode.PermissionDenied, async () => await user.GetConfigAsync(new Proto.GetConfigRequest { PlanId = other.Id }));

        foreach (var error in new[] { byName, byId })
        {
            Assert.DoesNotContain(other.Id, error.Status.Detail, StringComparison.Ordinal);
            Assert.DoesNotContain(other.CrmUserId, error.Status.Detail, StringComparison.Ordinal);
            Assert.DoesNotContain(other.Id, error.Trailers.GetValueBytes("grpc-status-details-bin") is { } bin ? System.Text.Encoding.UTF8.GetString(bin) : "", StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("zoho.api_url")]
    [InlineData("zoho.accounts_url")]
    public async Task ZohoUrl_WithUserInfo_IsRefused(string field)
    {
        var zoho = new Proto.ZohoConnection { ClientId = "1000.client", ClientSecret = "secret-value", RefreshToken = "1000.refresh", AccountsUrl = "http://127.0.0.1:1/", ApiUrl = "http://127.0.0.1:1/" };
        if (field == "zoho.api_url")
        {
            zoho.ApiUrl = "http://admin:pw@127.0.0.1:1/";
        }
        else
        {
            zoho.AccountsUrl = "http://admin:pw@127.0.0.1:1/";
        }

        await using var fresh = await TestServer.StartAsync();
        var client = fresh.Client();

        var fields = await RpcAssert.FailsValidation(async () => await client.SetConnectionAsync(new Proto.SetConnectionRequest { Zoho = zoho }));

        Assert.Equal([field], fields);
        var described = await client.GetConnectionsAsync(new Proto.GetConnectionsRequest());
        Assert.DoesNotContain("pw@", described.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GoogleUrls_WithUserInfo_AreRefused()
    {
        var google = new Proto.GoogleConnection
        {
            RefreshToken = "1//refresh",
            ClientId = "client.apps.googleusercontent.com",
            ClientSecret = "secret",
            TokenUrl = "https://user:secret@oauth2.example/token",
            ApiUrl = "https://user@people.example/",
        };

        await using var fresh = await TestServer.StartAsync();

        var fields = await RpcAssert.FailsValidation(async () => await fresh.Client().SetConnectionAsync(new Proto.SetConnectionRequest { Google = google }));

        Assert.Equal(["google.api_url", "google.token_url"], fields.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task RunSync_UnknownMode_IsInvalidArgument()
    {
        var plan = (await _admin.ConfigureAsync(new Proto.ConfigureRequest { Plan = TestPlans.Valid() })).Plan;

        var fields = await RpcAssert.FailsValidation(async () =>
        {
            using var call = _admin.RunSync(new Proto.RunSyncRequest { PlanId = plan.Id, Mode = (Proto.RunMode)77 });
            await call.ResponseStream.MoveNext(CancellationToken.None);
        });

        Assert.Equal(["mode"], fields);
    }

    [Theory]
    [InlineData(0, -1)]
    [InlineData(0, 1)]
    [InlineData(600, -5)]
    [InlineData(-600, 5)]
    [InlineData(600, 1_000_000_000)]
    [InlineData(400_000_000_000, 0)]
    public async Task Interval_InvalidDuration_IsRefused(long seconds, int nanos)
    {
        var plan = TestPlans.Valid();
        plan.Interval = new Duration { Seconds = seconds, Nanos = nanos };

        var fields = await RpcAssert.FailsValidation(async () => await _admin.ConfigureAsync(new Proto.ConfigureRequest { Plan = plan, ValidateOnly = true }));

        Assert.Equal(["plan.interval"], fields);
    }

    [Fact]
    public async Task UnknownEnumValues_AreRefusedWithBadRequest()
    {
        var kind = await RpcAssert.FailsValidation(async () => await _admin.TestConnectionAsync(new Proto.TestConnectionRequest { Kind = (Proto.ConnectionKind)9 }));
        var role = await RpcAssert.FailsWith(StatusCode.InvalidArgument, async () => await _admin.CreateApiKeyAsync(new Proto.CreateApiKeyRequest { Name = "x", Role = (Proto.ApiKeyRole)9 }));

        Assert.Equal(["kind"], kind);
        var violation = Assert.Single(role.GetRpcStatus()!.GetDetail<BadRequest>()!.FieldViolations);
        Assert.Equal("role", violation.Field);
        Assert.Contains("9", violation.Description, StringComparison.Ordinal);
    }
}
