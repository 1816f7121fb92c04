using ContactSync.Emulators;
using Proto = ContactSync.Grpc.V1;

namespace ContactSync.Web.Tests.Infrastructure;

/// <summary>SetConnection requests that point the server at the emulators.</summary>
internal static class ConnectionRequests
{
    public static Proto.SetConnectionRequest Zoho(EmulatorHost emulator)
    {
        var c = emulator.Credentials;
        var baseAddress = emulator.BaseAddress.ToString();
        return new Proto.SetConnectionRequest
        {
            Zoho = new Proto.ZohoConnection
            {
                ApiUrl = baseAddress, AccountsUrl = baseAddress, ClientId = c.ZohoClientId, ClientSecret = c.ZohoClientSecret, RefreshToken = c.ZohoAdminRefreshToken,
            },
        };
    }

    public static Proto.SetConnectionRequest Google(EmulatorHost emulator)
    {
        var c = emulator.Credentials;
        return new Proto.SetConnectionRequest
        {
            Google = new Proto.GoogleConnection
            {
                ServiceAccountJson = c.GoogleServiceAccountKeyJson, ImpersonatedUser = c.GoogleImpersonatedUser, TokenUrl = c.GoogleTokenUri,
                ApiUrl = emulator.BaseAddress.ToString(),
            },
        };
    }
}
