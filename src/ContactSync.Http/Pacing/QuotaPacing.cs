using ContactSync.Http.Quotas;

namespace ContactSync.Http.Pacing;

/// <summary>
/// Pacing of one API client (set <see cref="ApiRetryOptions.Pacing"/>; null keeps the client unpaced): the process's pacer and
/// the connection's cost model (which knows its account, project or org). Each attempt of the retry pipeline — retries
/// included, each is a call the service counts — waits for its units first.
/// </summary>
/// <param name="Pacer">The pacer shared by every client of the process.</param>
/// <param name="CostModel">What this client's calls cost.</param>
public sealed record QuotaPacing(QuotaPacer Pacer, IQuotaCostModel CostModel)
{
    /// <summary>
    /// How many 429s one call waits out in the pacer (each a pause, never a failure) before the 429 goes to the retry pipeline
    /// like any other answer. Default 20.
    /// </summary>
    public int MaxRefusalsPerCall { get; init; } = 20;
}
