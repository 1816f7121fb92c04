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

    /// <summary>Drops this share of the Zoho change notifications (seeded, repeatable); 0 clears the notification faults.</summary>
    public async Task SetNotificationDropAsync(double probability, CancellationToken cancellationToken)
    {
        using var response = probability > 0
            ? await http.PostAsJsonAsync("_emulator/zoho/notifications/faults", new JsonObject { ["dropProbability"] = probability, ["seed"] = 17 }, cancellationToken)
            : await http.DeleteAsync("_emulator/zoho/notifications/faults", cancellationToken);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>How many Zoho notifications were dropped and delivered so far (the emulator's delivery log).</summary>
    public async Task<(int Dropped, int Delivered)> GetNotificationCountsAsync(CancellationToken cancellationToken)
    {
        var o = await http.GetFromJsonAsync<JsonObject>("_emulator/zoho/notifications", cancellationToken) ?? [];
        var deliveries = (o["deliveries"] as JsonArray)?.OfType<JsonObject>().ToList() ?? [];
        return (deliveries.Count(d => d["outcome"]?.GetValue<string>() == "Dropped"), deliveries.Count(d => d["outcome"]?.GetValue<string>() == "Delivered"));
    }

    /// <summary>Seeds an organisation (<c>/_emulator/org</c>): CRM users with contacts of their own, each with a Google account.</summary>
    public async Task<IReadOnlyList<OrgUserInfo>> SeedOrgAsync(int users, int zohoContactsPerUser, int googleContactsPerUser, int overlapPerUser, int seed, CancellationToken cancellationToken)
    {
        var body = new JsonObject { ["users"] = users, ["zohoContactsPerUser"] = zohoContactsPerUser, ["googleContactsPerUser"] = googleContactsPerUser, ["overlapPerUser"] = overlapPerUser, ["seed"] = seed };
        using var response = await http.PostAsJsonAsync("_emulator/org", body, cancellationToken);
        response.EnsureSuccessStatusCode();
        var o = await response.Content.ReadFromJsonAsync<JsonObject>(cancellationToken);
        return (o?["users"] as JsonArray)?.OfType<JsonObject>().Select(u => new OrgUserInfo(u["zohoUserId"]!.GetValue<string>(), u["email"]!.GetValue<string>())).ToList() ?? [];
    }

    /// <summary>Replaces the quotas both emulators enforce (<c>/_emulator/quotas</c>, a QuotaOptions object) and forgets their use.</summary>
    public async Task SetQuotasAsync(JsonObject options, CancellationToken cancellationToken)
    {
        using (var response = await http.PostAsJsonAsync("_emulator/quotas", options, cancellationToken))
        {
            response.EnsureSuccessStatusCode();
        }

        using var reset = await http.PostAsync("_emulator/quotas/reset", null, cancellationToken);
        reset.EnsureSuccessStatusCode();
    }

    /// <summary>The quota refusals (429s) so far, per quota.</summary>
    public async Task<long> GetQuotaRefusalsAsync(CancellationToken cancellationToken)
    {
        var o = await http.GetFromJsonAsync<JsonObject>("_emulator/quotas", cancellationToken);
        return (o?["refusals"] as JsonObject)?.Sum(kv => kv.Value?.GetValue<long>() ?? 0) ?? 0;
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
