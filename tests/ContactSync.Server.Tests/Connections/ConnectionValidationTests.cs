using ContactSync.Server.Tests.Infrastructure;
using ContactSync.Testing.Emulation;
using Proto = ContactSync.Grpc.V1;

namespace ContactSync.Server.Tests.Connections;

public sealed class ConnectionValidationTests(EmulatedServerFixture fixture) : IClassFixture<EmulatedServerFixture>
{
    private readonly EmulatedServer _connected = fixture.Connected;

    [Fact]
    public async Task SetConnection_Empty_IsInvalidArgument()
    {
        var fields = await RpcAssert.FailsValidation(async () => await _connected.Admin.SetConnectionAsync(new Proto.SetConnectionRequest()));

        Assert.Equal(["connection"], fields);
    }

    [Fact]
    public async Task Zoho_MissingCredentials_ReportsEveryField()
    {
        var fields = await RpcAssert.FailsValidation(async () =>
            await _connected.Admin.SetConnectionAsync(new Proto.SetConnectionRequest { Zoho = new Proto.ZohoConnection { DataCenter = "eu" } }));

        Assert.Equal(["zoho.client_id", "zoho.client_secret", "zoho.refresh_token"], fields.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("xx", "", "")]
    [InlineData("", "", "")]
    [InlineData("", "http://127.0.0.1:1/", "")]
    public async Task Zoho_UnknownOrMissingDataCentre_IsAViolation(string dataCenter, string accountsUrl, string apiUrl)
    {
        var zoho = _connected.ZohoConnection();
        zoho.DataCenter = dataCenter;
        zoho.AccountsUrl = accountsUrl;
        zoho.ApiUrl = apiUrl;

        var fields = await RpcAssert.FailsValidation(async () => await _connected.Admin.SetConnectionAsync(new Proto.SetConnectionRequest { Zoho = zoho }));

        Assert.Equal(["zoho.data_center"], fields);
    }

    [Fact]
    public async Task Zoho_BadUrls_AreViolations()
    {
        var zoho = _connected.ZohoConnection();
        zoho.AccountsUrl = "not a url";
        zoho.ApiUrl = "ftp://example.com";
        zoho.DataCenter = "us";

        var fields = await RpcAssert.FailsValidation(async () => await _connected.Admin.SetConnectionAsync(new Proto.SetConnectionRequest { Zoho = zoho }));

        Assert.Equal(["zoho.accounts_url", "zoho.api_url"], fields.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Google_NoCredential_IsAViolation()
    {
        var fields = await RpcAssert.FailsValidation(async () =>
            await _connected.Admin.SetConnectionAsync(new Proto.SetConnectionRequest { Google = new Proto.GoogleConnection { ImpersonatedUser = "a@b.example" } }));

        Assert.Equal(["google.credential"], fields);
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("[1,2]")]
    [InlineData("{\"type\":\"service_account\",\"private_key\":\"-----BEGIN PRIVATE KEY-----\\nAAAA\\n-----END PRIVATE KEY-----\\n\"}")]
    [InlineData("{\"type\":\"service_account\",\"client_email\":\"sa@x.iam.gserviceaccount.com\"}")]
    [InlineData("{\"type\":\"service_account\",\"client_email\":\"sa@x.iam.gserviceaccount.com\",\"private_key\":\"not a key\"}")]
    [InlineData("{\"type\":\"authorized_user\",\"client_email\":\"sa@x.iam.gserviceaccount.com\"}")]
    public async Task Google_BadServiceAccountKey_IsAViolation(string json)
    {
        var google = _connected.GoogleConnection();
        google.ServiceAccountJson = json;

        var fields = await RpcAssert.FailsValidation(async () => await _connected.Admin.SetConnectionAsync(new Proto.SetConnectionRequest { Google = google }));

        Assert.All(fields, f => Assert.Equal("google.service_account_json", f));
    }

    [Fact]
    public async Task Google_ServiceAccountWithoutImpersonatedUser_IsAViolation()
    {
        var google = _connected.GoogleConnection();
        google.ImpersonatedUser = "";

        var fields = await RpcAssert.FailsValidation(async () => await _connected.Admin.SetConnectionAsync(new Proto.SetConnectionRequest { Google = google }));

        Assert.Equal(["google.impersonated_user"], fields);
    }

    [Fact]
    public async Task Google_RefreshTokenWithoutClient_ReportsClientIdAndSecret()
    {
        var google = new Proto.GoogleConnection { RefreshToken = "1//0abc" };

        var fields = await RpcAssert.FailsValidation(async () => await _connected.Admin.SetConnectionAsync(new Proto.SetConnectionRequest { Google = google }));

        Assert.Equal(["google.client_id", "google.client_secret"], fields.Order(StringComparer.Ordinal));
    }
}
