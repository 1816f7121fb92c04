namespace ContactSync.Benchmarks.Emulator;

/// <summary>The emulators' per-endpoint call counters (<c>GET /_emulator/calls</c>).</summary>
/// <param name="PerEndpoint">e.g. "zoho GET /crm/v8/Contacts" → 50.</param>
/// <param name="Zoho">Calls to Zoho (token endpoint included).</param>
/// <param name="Google">Calls to Google (token endpoint included).</param>
/// <param name="Total">Both.</param>
internal sealed record CallCounts(IReadOnlyDictionary<string, long> PerEndpoint, long Zoho, long Google, long Total);
