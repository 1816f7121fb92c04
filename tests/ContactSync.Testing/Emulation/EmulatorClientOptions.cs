using ContactSync.Emulators;
using ContactSync.Zoho;

namespace ContactSync.Testing.Emulation;

/// <summary>Client options that point the product's API clients straight at the emulators (no server in between).</summary>
public static class EmulatorClientOptions
{
    /// <summary>
    /// The Zoho client of the emulator's admin user (or of another refresh token), without retries; the caller sets what
    /// its test varies (retries, pacing, data centre).
    /// </summary>
    public static ZohoClientOptions Zoho(EmulatorHost emulator, string? refreshToken = null)
    {
        ArgumentNullException.ThrowIfNull(emulator);
        var address = emulator.BaseAddress.ToString();
        return new ZohoClientOptions
        {
            ApiBaseUrl = address,
            AccountsUrl = address,
            ClientId = emulator.Credentials.ZohoClientId,
            ClientSecret = emulator.Credentials.ZohoClientSecret,
            RefreshToken = refreshToken ?? emulator.Credentials.ZohoAdminRefreshToken,
            MaxRetries = 0,
        };
    }
}
