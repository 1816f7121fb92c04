namespace ContactSync.Client.Models;

/// <summary>API calls a run made.</summary>
public sealed record ApiUsageInfo
{
    /// <summary>HTTP calls to Zoho CRM.</summary>
    public int CrmCalls { get; init; }

    /// <summary>HTTP calls to Google People.</summary>
    public int GoogleCalls { get; init; }

    /// <summary>Calls answered with 429 or 5xx and retried.</summary>
    public int RetriedCalls { get; init; }

    /// <summary>Total time spent in back-off.</summary>
    public TimeSpan Backoff { get; init; }

    /// <inheritdoc />
    public override string ToString() =>
        $"Zoho {CrmCalls}, Google {GoogleCalls} calls; {RetriedCalls} retried" + (Backoff > TimeSpan.Zero ? $", {Backoff.TotalSeconds:0.#} s back-off" : "");
}
