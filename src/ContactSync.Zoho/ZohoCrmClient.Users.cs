using System.Net;
using System.Text.Json.Nodes;

namespace ContactSync.Zoho;

public sealed partial class ZohoCrmClient
{
    /// <summary>The CRM user the refresh token belongs to.</summary>
    public async Task<ZohoUser> GetCurrentUserAsync(CancellationToken cancellationToken)
    {
        using var response = await SendAsync(HttpMethod.Get, "users?type=CurrentUser", null, null, "GET /crm/v8/users", cancellationToken).ConfigureAwait(false);
        var body = await ReadSuccessAsync(response, cancellationToken).ConfigureAwait(false);
        var user = FirstObject(body["users"])
            ?? throw new ZohoApiException("NO_CONTENT", (int)response.StatusCode, "Zoho returned no current user.");
        return ToUser(user);
    }

    /// <summary>All CRM users (type=AllUsers), all pages.</summary>
    public async Task<IReadOnlyList<ZohoUser>> GetUsersAsync(CancellationToken cancellationToken)
    {
        var users = new List<ZohoUser>();
        for (var page = 1; page <= 100; page++)
        {
            using var response = await SendAsync(HttpMethod.Get, $"users?type=AllUsers&page={page}&per_page=200", null, null, "GET /crm/v8/users", cancellationToken).ConfigureAwait(false);
            if (response.StatusCode == HttpStatusCode.NoContent)
            {
                break;
            }

            var body = await ReadSuccessAsync(response, cancellationToken).ConfigureAwait(false);
            users.AddRange(ReadObjects(body["users"]).Select(ToUser));
            if (!GetBool(body["info"] as JsonObject, "more_records"))
            {
                break;
            }
        }

        return users;
    }

    /// <summary>A profile with its permissions (GET /settings/profiles/{id}).</summary>
    public async Task<ZohoProfile> GetProfileAsync(string id, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        using var response = await SendAsync(HttpMethod.Get, $"settings/profiles/{Uri.EscapeDataString(id)}", null, null, "GET /crm/v8/settings/profiles/{id}", cancellationToken).ConfigureAwait(false);
        var body = await ReadSuccessAsync(response, cancellationToken).ConfigureAwait(false);
        var profile = FirstObject(body["profiles"])
            ?? throw new ZohoApiException("NO_CONTENT", (int)response.StatusCode, $"Zoho returned no profile {id}.");
        var permissions = ReadObjects(profile["permissions_details"]).Select(p => new ZohoPermission(
            GetString(p, "id"), GetString(p, "name") ?? "", GetString(p, "display_label"), GetString(p, "module"), GetBool(p, "enabled"))).ToArray();
        return new ZohoProfile(GetString(profile, "id") ?? id, GetString(profile, "name"), permissions);
    }

    /// <summary>The role hierarchy (GET /settings/roles).</summary>
    public async Task<IReadOnlyList<ZohoRole>> GetRolesAsync(CancellationToken cancellationToken)
    {
        using var response = await SendAsync(HttpMethod.Get, "settings/roles", null, null, "GET /crm/v8/settings/roles", cancellationToken).ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.NoContent)
        {
            return [];
        }

        var body = await ReadSuccessAsync(response, cancellationToken).ConfigureAwait(false);
        return ReadObjects(body["roles"]).Select(r => new ZohoRole(GetString(r, "id") ?? "", GetString(r, "name"), GetString(r, "display_label"),
            GetString(r["reporting_to"] as JsonObject, "id"), GetBool(r, "share_with_peers"))).ToArray();
    }

    private static ZohoUser ToUser(JsonObject u)
    {
        var role = u["role"] as JsonObject;
        var profile = u["profile"] as JsonObject;
        long? offset = u["offset"] is JsonValue ov && ov.TryGetValue<long>(out var o) ? o : null;
        return new ZohoUser(GetString(u, "id") ?? "", GetString(u, "full_name"), GetString(u, "email"), GetString(role, "id"), GetString(role, "name"),
            GetString(profile, "id"), GetString(profile, "name"), GetString(u, "time_zone"), offset, GetString(u, "status"));
    }
}
