using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ContactSync.Benchmarks.Emulator;

/// <summary>Client of the emulators' control surface (<c>/_emulator/…</c>); these calls are not counted as API calls.</summary>
internal sealed class EmulatorControl(HttpClient http)
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    /// <summary>Clears both emulators and seeds them (deterministic data; group resource names stay).</summary>
    public async Task SeedAsync(int zohoContacts, int googleContacts, int overlappingEmails, int seed, CancellationToken cancellationToken)
    {
        var body = new JsonObject { ["zohoContacts"] = zohoContacts, ["googleContacts"] = googleContacts, ["overlappingEmails"] = overlappingEmails, ["seed"] = seed };
        using var response = await http.PostAsJsonAsync("_emulator/seed", body, cancellationToken);
        response.EnsureSuccessStatusCode();
    }

    public async Task ResetCallsAsync(CancellationToken cancellationToken)
    {
        using var response = await http.PostAsync("_emulator/calls/reset", null, cancellationToken);
        response.EnsureSuccessStatusCode();
    }

    public async Task<CallCounts> GetCallsAsync(CancellationToken cancellationToken)
    {
        var o = await http.GetFromJsonAsync<JsonObject>("_emulator/calls", cancellationToken) ?? [];
        var per = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (var (k, v) in o)
        {
            if (k is not ("zoho total" or "google total" or "total") && v is not null)
            {
                per[k] = v.GetValue<long>();
            }
        }

        long Get(string k) => o[k]?.GetValue<long>() ?? 0;
        return new CallCounts(per, Get("zoho total"), Get("google total"), Get("total"));
    }

    /// <summary>Adds <paramref name="ms"/> of latency to every API response of both services.</summary>
    public async Task AddLatencyAsync(int ms, CancellationToken cancellationToken)
    {
        var body = new JsonObject { ["kind"] = "latency", ["service"] = "all", ["latencyMs"] = ms };
        using var response = await http.PostAsJsonAsync("_emulator/faults", body, cancellationToken);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>Sets the contacts one Google account may hold (0 = no limit).</summary>
    public async Task SetGoogleContactLimitAsync(int limit, CancellationToken cancellationToken)
    {
        using var response = await http.PostAsJsonAsync("_emulator/google/limits", new JsonObject { ["contactLimit"] = limit }, cancellationToken);
        response.EnsureSuccessStatusCode();
    }

    public async Task ClearFaultsAsync(CancellationToken cancellationToken)
    {
        using var response = await http.DeleteAsync("_emulator/faults", cancellationToken);
        response.EnsureSuccessStatusCode();
    }

    public async Task<EmulatorCredentials> GetCredentialsAsync(CancellationToken cancellationToken) =>
        await http.GetFromJsonAsync<EmulatorCredentials>("_emulator/credentials", Web, cancellationToken)
        ?? throw new InvalidOperationException("the emulator returned no credentials");

    /// <summary>Every live CRM record, as the administrator sees it.</summary>
    public async Task<IReadOnlyList<JsonObject>> GetZohoContactsAsync(CancellationToken cancellationToken)
    {
        var o = await http.GetFromJsonAsync<JsonObject>("_emulator/zoho/contacts", cancellationToken);
        return (o?["data"] as JsonArray)?.OfType<JsonObject>().ToList() ?? [];
    }

    /// <summary>Every live Google contact of the workspace user, with every field.</summary>
    public async Task<IReadOnlyList<JsonObject>> GetGoogleContactsAsync(CancellationToken cancellationToken)
    {
        var o = await http.GetFromJsonAsync<JsonObject>("_emulator/google/contacts", cancellationToken);
        return (o?["people"] as JsonArray)?.OfType<JsonObject>().ToList() ?? [];
    }
}
