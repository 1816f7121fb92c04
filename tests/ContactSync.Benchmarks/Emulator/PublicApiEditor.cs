using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace ContactSync.Benchmarks.Emulator;

/// <summary>
/// Edits records through the emulated public APIs as an ordinary API client with the emulator's credentials
/// (Zoho <c>PUT /crm/v8/Contacts</c>, Google <c>people:batchUpdateContacts</c>), like a user editing contacts.
/// These calls are counted by the emulators, so the benchmark resets the counters after editing.
/// </summary>
internal sealed class PublicApiEditor(HttpClient http, EmulatorCredentials credentials)
{
    /// <summary>Sets one CRM field on the given records, 100 per call.</summary>
    public async Task UpdateZohoAsync(IReadOnlyList<string> ids, string field, Func<int, string> value, CancellationToken cancellationToken)
    {
        var token = await ZohoTokenAsync(cancellationToken);
        for (var start = 0; start < ids.Count; start += 100)
        {
            var data = new JsonArray();
            for (var i = start; i < Math.Min(ids.Count, start + 100); i++)
            {
                data.Add(new JsonObject { ["id"] = ids[i], [field] = value(i) });
            }

            using var request = new HttpRequestMessage(HttpMethod.Put, "crm/v8/Contacts") { Content = JsonContent.Create(new JsonObject { ["data"] = data }) };
            request.Headers.TryAddWithoutValidation("Authorization", "Zoho-oauthtoken " + token);
            using var response = await http.SendAsync(request, cancellationToken);
            var body = await response.Content.ReadFromJsonAsync<JsonObject>(cancellationToken);
            var failed = (body?["data"] as JsonArray)?.Count(d => d?["status"]?.GetValue<string>() != "success") ?? -1;
            if (!response.IsSuccessStatusCode || failed != 0)
            {
                throw new InvalidOperationException($"Zoho PUT /crm/v8/Contacts failed ({(int)response.StatusCode}): {body?.ToJsonString()}");
            }
        }
    }

    /// <summary>Replaces the biography of the given contacts (resource name + etag), 200 per call.</summary>
    public async Task UpdateGoogleBiographyAsync(IReadOnlyList<(string ResourceName, string Etag)> people, Func<int, string> value, CancellationToken cancellationToken)
    {
        var token = await GoogleTokenAsync(cancellationToken);
        for (var start = 0; start < people.Count; start += 200)
        {
            var contacts = new JsonObject();
            for (var i = start; i < Math.Min(people.Count, start + 200); i++)
            {
                contacts[people[i].ResourceName] = new JsonObject
                {
                    ["etag"] = people[i].Etag,
                    ["biographies"] = new JsonArray(new JsonObject { ["value"] = value(i), ["contentType"] = "TEXT_PLAIN" }),
                };
            }

            var body = new JsonObject { ["contacts"] = contacts, ["updateMask"] = "biographies", ["readMask"] = "names" };
            using var request = new HttpRequestMessage(HttpMethod.Post, "v1/people:batchUpdateContacts") { Content = JsonContent.Create(body) };
            request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + token);
            using var response = await http.SendAsync(request, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                throw new InvalidOperationException($"Google people:batchUpdateContacts failed ({(int)response.StatusCode}): {await response.Content.ReadAsStringAsync(cancellationToken)}");
            }
        }
    }

    private async Task<string> ZohoTokenAsync(CancellationToken cancellationToken)
    {
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token",
            ["client_id"] = credentials.ZohoClientId,
            ["client_secret"] = credentials.ZohoClientSecret,
            ["refresh_token"] = credentials.ZohoAdminRefreshToken,
        });
        using var response = await http.PostAsync("oauth/v2/token", form, cancellationToken);
        var body = await response.Content.ReadFromJsonAsync<JsonObject>(cancellationToken);
        return body?["access_token"]?.GetValue<string>() ?? throw new InvalidOperationException("Zoho token refused: " + body?.ToJsonString());
    }

    private async Task<string> GoogleTokenAsync(CancellationToken cancellationToken)
    {
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token",
            ["client_id"] = credentials.GoogleClientId,
            ["client_secret"] = credentials.GoogleClientSecret,
            ["refresh_token"] = credentials.GoogleUserRefreshToken,
        });
        using var response = await http.PostAsync("token", form, cancellationToken);
        var body = await response.Content.ReadFromJsonAsync<JsonObject>(cancellationToken);
        return body?["access_token"]?.GetValue<string>() ?? throw new InvalidOperationException("Google token refused: " + body?.ToJsonString());
    }
}
