namespace ContactSync.Core.Diagnostics;

/// <summary>
/// Receives one notification per HTTP call the Zoho and Google clients make, so a run can report the
/// API calls it used (design §2, "transparent limits"). Implementations must be thread-safe and cheap.
/// </summary>
public interface IApiCallObserver
{
    /// <summary>Called after every HTTP response (or transport failure) of an external API.</summary>
    /// <param name="service">"zoho" or "google".</param>
    /// <param name="operation">A short stable name, e.g. "GET /crm/v8/Contacts" or "POST people:batchCreateContacts".</param>
    /// <param name="statusCode">The HTTP status, or 0 when no response arrived.</param>
    void OnCall(string service, string operation, int statusCode);

    /// <summary>Called before the client waits to retry a call (429, 5xx, dropped connection).</summary>
    /// <param name="service">"zoho" or "google".</param>
    /// <param name="delay">How long the client waits before the retry.</param>
    void OnRetry(string service, TimeSpan delay);
}
