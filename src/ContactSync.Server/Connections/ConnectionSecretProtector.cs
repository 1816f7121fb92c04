using ContactSync.Server.Errors;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;

namespace ContactSync.Server.Connections;

/// <summary>
/// Encrypts connection secrets for the database with ASP.NET Core Data Protection (purpose
/// <see cref="Purpose"/>; key ring in <c>&lt;DataDirectory&gt;/keys</c>, application name "ContactSync").
/// </summary>
internal sealed class ConnectionSecretProtector(IDataProtectionProvider provider)
{
    /// <summary>The Data Protection purpose of connection secrets.</summary>
    public const string Purpose = "ContactSync.Connections.v1";

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);
    private readonly IDataProtector _protector = provider.CreateProtector(Purpose);

    /// <summary>The protected (encrypted, authenticated, base64url) form of <paramref name="secrets"/>.</summary>
    public string Protect<T>(T secrets) => _protector.Protect(JsonSerializer.Serialize(secrets, JsonOptions));

    /// <summary>The secrets back from their protected form.</summary>
    /// <exception cref="PreconditionFailedException">The key ring cannot decrypt them (e.g. the keys folder was lost).</exception>
    public T Unprotect<T>(string protectedSecrets)
    {
        string json;
        try
        {
            json = _protector.Unprotect(protectedSecrets);
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            throw new PreconditionFailedException(
                "The stored connection secrets cannot be decrypted with this server's key ring (was the 'keys' folder of the data directory lost?); call SetConnection again.",
                ErrorReasons.ConnectionSecretsUnreadable);
        }

        return JsonSerializer.Deserialize<T>(json, JsonOptions)
            ?? throw new PreconditionFailedException("The stored connection secrets are empty; call SetConnection again.", ErrorReasons.ConnectionSecretsUnreadable);
    }
}
