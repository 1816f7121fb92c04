using System.Text.Json.Nodes;

namespace ContactSync.Emulators.Quotas;

/// <summary>A Zoho call let in (holding a concurrency slot until disposed) or refused with its 429 body.</summary>
internal sealed class ZohoAdmission(JsonObject? refusal, Action? release, long? creditsRemaining) : IDisposable
{
    private Action? _release = release;

    /// <summary>The 429 body when the call was refused.</summary>
    public JsonObject? Refusal { get; } = refusal;

    /// <summary>The value of <c>X-API-CREDITS-REMAINING</c>, once half of the day's credits are used.</summary>
    public long? CreditsRemaining { get; } = creditsRemaining;

    public void Dispose() => Interlocked.Exchange(ref _release, null)?.Invoke();
}
