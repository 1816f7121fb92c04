using ContactSync.Server.Connections;
using ContactSync.Server.Errors;
using ContactSync.Zoho;
using ContactSync.Zoho.Access;
using Microsoft.Extensions.Logging.Abstractions;

namespace ContactSync.Server.Tests.Permissions;

/// <summary>How the server answers the Zoho permission port's outcomes: the statuses, reasons and texts S10 always had.</summary>
public sealed class CrmAccessTranslationTests
{
    [Fact]
    public async Task Denial_IsPermissionDenied_WithTheUserAndTheRules()
    {
        var denial = new CrmAccessDeniedException("CRM user 42 (profile 'P') may not use bidirectional plans. Rule 'Contacts view': …", "42", "Contacts view");

        var ex = await Assert.ThrowsAsync<AccessDeniedException>(() => LiveApi.CallAsync<bool>("Zoho CRM", "Checking", () => throw denial, NullLogger.Instance, CancellationToken.None));

        Assert.Equal(denial.Message, ex.Message);
        Assert.Equal(ErrorReasons.CrmPermissionMissing, ex.Reason);
        Assert.Equal("42", ex.Metadata["crm_user_id"]);
        Assert.Equal("Contacts view", ex.Metadata["missing_permissions"]);
    }

    [Fact]
    public async Task RefusedRead_IsFailedPrecondition_NamingTheReadAndZohosCode()
    {
        var refused = new CrmAccessReadException("Reading the CRM role hierarchy", new ZohoApiException("INVALID_URL_PATTERN", 404, "Please check if the URL trying to access is a correct one"));

        var ex = await Assert.ThrowsAsync<PreconditionFailedException>(() => LiveApi.CallAsync("Zoho CRM", "Checking", () => Task.FromException<bool>(refused), NullLogger.Instance, CancellationToken.None));

        Assert.StartsWith("Reading the CRM role hierarchy: Zoho CRM answered INVALID_URL_PATTERN (HTTP 404)", ex.Message, StringComparison.Ordinal);
        Assert.Equal(ErrorReasons.ConnectionRefused, ex.Reason);
        Assert.Equal("Reading the CRM role hierarchy", ex.Metadata["operation"]);
        Assert.Equal("zoho_crm", ex.Metadata["service"]);
    }

    [Fact]
    public async Task ThrottledRead_IsUnavailable()
    {
        var throttled = new CrmAccessReadException("Reading the CRM users", new ZohoApiException("TOO_MANY_REQUESTS", 429, "slow down"));

        var ex = await Assert.ThrowsAsync<ServiceUnavailableException>(() => LiveApi.CallAsync("Zoho CRM", "Checking", () => Task.FromException<bool>(throttled), NullLogger.Instance, CancellationToken.None));

        Assert.StartsWith("Reading the CRM users: ", ex.Message, StringComparison.Ordinal);
        Assert.EndsWith("Try again later.", ex.Message, StringComparison.Ordinal);
    }
}
