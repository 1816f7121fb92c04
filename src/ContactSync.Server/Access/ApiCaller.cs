using ContactSync.Server.Web;
using ContactSync.Storage.ApiKeys;

namespace ContactSync.Server.Access;

/// <summary>The authenticated caller of a request: the API key it used.</summary>
/// <param name="KeyId">The key id.</param>
/// <param name="Role">Admin or user.</param>
/// <param name="CrmUserId">For user keys, the CRM user the key is bound to.</param>
internal sealed record ApiCaller(string KeyId, ApiKeyRole Role, string CrmUserId)
{
    /// <summary>Whether the caller may see every plan and manage keys.</summary>
    public bool IsAdmin => Role == ApiKeyRole.Admin;

    /// <summary>For a widget ticket: the CRM user Zoho confirmed (null for API keys).</summary>
    public WidgetIdentity? Widget { get; init; }

    /// <summary>Whether the caller may see the plans of a CRM user.</summary>
    public bool MaySee(string crmUserId) => IsAdmin || string.Equals(CrmUserId, crmUserId, StringComparison.Ordinal);
}
