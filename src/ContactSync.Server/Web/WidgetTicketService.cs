using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text.Json;
using ContactSync.Server.Access;
using ContactSync.Storage.ApiKeys;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace ContactSync.Server.Web;

/// <summary>
/// Issues and checks widget tickets: <c>cswt_&lt;payload&gt;</c>, the payload (CRM user id, name, email, expiry)
/// encrypted and authenticated with the server's Data Protection key ring (purpose <see cref="Purpose"/>), so only a
/// server holding that key ring can make or read one. A ticket authenticates like a user API key bound to its CRM user.
/// Expiry is checked against <see cref="TimeProvider"/>.
/// </summary>
internal sealed class WidgetTicketService(IDataProtectionProvider protection, TimeProvider time, IOptions<WebSettings> settings, ILogger<WidgetTicketService> logger)
{
    /// <summary>The prefix of every ticket.</summary>
    public const string Prefix = "cswt_";

    /// <summary>The Data Protection purpose of tickets.</summary>
    public const string Purpose = "ContactSync.Web.WidgetTicket.v1";

    private readonly IDataProtector _protector = protection.CreateProtector(Purpose);

    /// <summary>Whether a bearer credential is a widget ticket (rather than an API key).</summary>
    public static bool IsTicket(string text) => text.StartsWith(Prefix, StringComparison.Ordinal);

    /// <summary>Issues a ticket for a user Zoho confirmed, valid for <see cref="WebSettings.TicketLifetime"/>.</summary>
    public (string Ticket, WidgetIdentity Identity) Issue(string crmUserId, string displayName, string email)
    {
        var identity = new WidgetIdentity(crmUserId, displayName, email, time.GetUtcNow() + settings.Value.TicketLifetime);
        var payload = new TicketPayload(identity.CrmUserId, identity.DisplayName, identity.Email, identity.ExpiresAt.ToUnixTimeSeconds());
        WebLog.TicketIssued(logger, crmUserId, identity.ExpiresAt);
        return (Prefix + _protector.Protect(JsonSerializer.Serialize(payload)), identity);
    }

    /// <summary>Checks a ticket; on success returns the caller it stands for.</summary>
    public bool TryAuthenticate(string text, [NotNullWhen(true)] out ApiCaller? caller)
    {
        caller = null;
        if (!IsTicket(text))
        {
            return false;
        }

        TicketPayload? payload;
        try
        {
            payload = JsonSerializer.Deserialize<TicketPayload>(_protector.Unprotect(text[Prefix.Length..]));
        }
        catch (Exception e) when (e is CryptographicException or JsonException or FormatException)
        {
            WebLog.TicketRefused(logger, "not issued by this server or altered");
            return false;
        }

        if (payload is null || payload.U.Length == 0)
        {
            WebLog.TicketRefused(logger, "empty");
            return false;
        }

        var expiresAt = DateTimeOffset.FromUnixTimeSeconds(payload.X);
        if (time.GetUtcNow() >= expiresAt)
        {
            WebLog.TicketRefused(logger, "expired");
            return false;
        }

        caller = new ApiCaller("widget:" + payload.U, ApiKeyRole.User, payload.U)
        {
            Widget = new WidgetIdentity(payload.U, payload.N, payload.E, expiresAt),
        };
        return true;
    }

    private sealed record TicketPayload(string U, string N, string E, long X);
}
