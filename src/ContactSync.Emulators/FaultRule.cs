namespace ContactSync.Emulators;

/// <summary>One fault rule: applies to the next <see cref="Count"/> calls, or to each call with <see cref="Probability"/>.</summary>
/// <param name="Service">"zoho", "google" or "all".</param>
/// <param name="Kind">What happens.</param>
/// <param name="Count">Number of calls hit (null = unlimited, then <see cref="Probability"/> decides).</param>
/// <param name="Probability">Chance per call (null = 1).</param>
/// <param name="RetryAfterSeconds">Retry-After value for 429 (default 1).</param>
/// <param name="LatencyMs">Added latency for <see cref="FaultKind.Latency"/>.</param>
/// <param name="Endpoint">
/// Only calls to this endpoint, written as in the call log without the service, e.g. "POST /v1/people:batchCreateContacts",
/// "POST /v1/contactGroups/{id}/members:modify" or "DELETE /crm/v8/Contacts"; null = every endpoint of the service.
/// </param>
/// <param name="Skip">The first calls the rule matches that pass untouched before it applies (0: from the first).</param>
public sealed record FaultRule(
    string Service,
    FaultKind Kind,
    int? Count = null,
    double? Probability = null,
    int RetryAfterSeconds = 1,
    int LatencyMs = 0,
    string? Endpoint = null,
    int Skip = 0)
{
    /// <summary>True for the kinds that apply a write before failing.</summary>
    public bool AppliesThenFails => Kind is FaultKind.AppliedThenInternalError or FaultKind.AppliedThenDrop or FaultKind.AppliedThenTimeout;
}
