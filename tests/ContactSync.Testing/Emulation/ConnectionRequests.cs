using ContactSync.Emulators;
using Proto = ContactSync.Grpc.V1;

namespace ContactSync.Testing.Emulation;

/// <summary>The Zoho and Google connections (and their SetConnection requests) that point a server at the emulators.</summary>
public static class ConnectionRequests
{
    /// <summary>The Zoho connection of the emulator's admin user (or of another refresh token / a wrong client secret).</summary>
    public static Proto.ZohoConnection ZohoConnection(EmulatorHost emulator, string? refreshToken = null, string? clientSecret = null)
    {
        ArgumentNullException.ThrowIfNull(emulator);
        var c = emulator.Credentials;
        var baseAddress = emulator.BaseAddress.ToString();
        return new Proto.ZohoConnection
        {
            AccountsUrl = baseAddress,
            ApiUrl = baseAddress,
            ClientId = c.ZohoClientId,
            ClientSecret = clientSecret ?? c.ZohoClientSecret,
            RefreshToken = refreshToken ?? c.ZohoAdminRefreshToken,
        };
    }

    /// <summary>The Google connection: the emulator's service account, impersonating its user.</summary>
    public static Proto.GoogleConnection GoogleConnection(EmulatorHost emulator)
    {
        ArgumentNullException.ThrowIfNull(emulator);
        var c = emulator.Credentials;
        return new Proto.GoogleConnection
        {
            ServiceAccountJson = c.GoogleServiceAccountKeyJson,
            ImpersonatedUser = c.GoogleImpersonatedUser,
            TokenUrl = c.GoogleTokenUri,
            ApiUrl = emulator.BaseAddress.ToString(),
        };
    }

    /// <summary>SetConnection of <see cref="ZohoConnection"/>.</summary>
    public static Proto.SetConnectionRequest Zoho(EmulatorHost emulator, string? refreshToken = null) =>
        new() { Zoho = ZohoConnection(emulator, refreshToken) };

    /// <summary>SetConnection of <see cref="GoogleConnection"/>.</summary>
    public static Proto.SetConnectionRequest Google(EmulatorHost emulator) => new() { Google = GoogleConnection(emulator) };
}
