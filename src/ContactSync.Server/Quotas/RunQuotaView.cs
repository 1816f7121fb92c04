using ContactSync.Http.Quotas;

namespace ContactSync.Server.Quotas;

/// <summary>
/// What a run's ETA needs of its clients: the cost models of the quotas they draw on (null: that client is not paced) and
/// the counts of the plan's scope on each side (each one call; null when the service gives none).
/// </summary>
/// <param name="Crm">The Zoho org's cost model.</param>
/// <param name="Google">The cost model of the Google account the run acts as.</param>
/// <param name="CountCrmAsync">The records of the plan's CRM view (GET /Contacts/actions/count?cvid=).</param>
/// <param name="CountGoogleAsync">The contacts of the Google account (the list's totalItems).</param>
internal sealed record RunQuotaView(
    IQuotaCostModel? Crm,
    IQuotaCostModel? Google,
    Func<CancellationToken, Task<long?>> CountCrmAsync,
    Func<CancellationToken, Task<long?>> CountGoogleAsync)
{
    /// <summary>Nothing paced, nothing counted.</summary>
    public static RunQuotaView None { get; } = new(null, null, _ => Task.FromResult<long?>(null), _ => Task.FromResult<long?>(null));

    /// <summary>The CRM side reads its owners' records with COQL (2,000 a call) instead of the view's pages of 200.</summary>
    public bool CrmReadsOwnersOnly { get; init; }

    /// <summary>True when either side is paced (an ETA can be predicted).</summary>
    public bool Paced => Crm is not null || Google is not null;
}
