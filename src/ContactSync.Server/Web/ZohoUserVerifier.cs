using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using ContactSync.Core.Diagnostics;
using ContactSync.Server.Connections;

namespace ContactSync.Server.Web;

/// <summary>
/// The Zoho side of the widget sign-in: exchanges the authorization code Zoho Accounts sent to the callback for the
/// user's access token (with the stored connection's OAuth client), asks Zoho who that token belongs to
/// (<c>GET /crm/v8/users?type=CurrentUser</c>), and checks with the server's own connection that this user is an active
/// user of the same CRM organisation. Endpoints come only from the stored connection, never from the request.
/// </summary>
internal sealed class ZohoUserVerifier(IHttpClientFactory httpClients, ISyncClientFactory clients)
{
    /// <summary>The scope the widget sign-in asks for: reading the signed-in user only.</summary>
    public const string Scope = "ZohoCRM.users.READ";

    /// <summary>Returns the verified user, or throws <see cref="WidgetSignInException"/> with the reason.</summary>
    public async Task<Zoho.ZohoUser> VerifyAsync(StoredZohoConnection connection, string code, string redirectUri, CancellationToken cancellationToken)
    {
        var options = ConnectionDescriber.ToOptions(connection.Settings);
        var http = httpClients.CreateClient(SyncClientFactory.ZohoHttpClientName);
        var accessToken = await ExchangeCodeAsync(http, options.EffectiveAccountsUrl, connection, code, redirectUri, cancellationToken);

        using var request = new HttpRequestMessage(HttpMethod.Get, options.EffectiveApiBaseUrl + "/crm/v8/users?type=CurrentUser");
        request.Headers.Authorization = new AuthenticationHeaderValue("Zoho-oauthtoken", accessToken);
        using var response = await http.SendAsync(request, cancellationToken);
        var body = await ReadJsonAsync(response, cancellationToken);
        var user = (body?["users"] as JsonArray)?.FirstOrDefault() as JsonObject;
        var id = user?["id"]?.GetValue<string>();
        if (!response.IsSuccessStatusCode || string.IsNullOrEmpty(id))
        {
            throw new WidgetSignInException($"Zoho did not tell who signed in (HTTP {(int)response.StatusCode}).");
        }

        var crm = await clients.CreateZohoAsync(NullApiCallObserver.Instance, cancellationToken);
        var member = (await crm.GetUsersAsync(cancellationToken)).FirstOrDefault(u => u.Id == id);
        if (member is null)
        {
            throw new WidgetSignInException("The Zoho user who signed in is not a user of the CRM organisation this server syncs.");
        }

        if (!string.Equals(member.Status, "active", StringComparison.OrdinalIgnoreCase))
        {
            throw new WidgetSignInException("The Zoho user who signed in is not active in the CRM.");
        }

        return member;
    }

    private static async Task<string> ExchangeCodeAsync(
        HttpClient http, string accountsUrl, StoredZohoConnection connection, string code, string redirectUri, CancellationToken cancellationToken)
    {
        using var content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code",
            ["client_id"] = connection.Settings.ClientId,
            ["client_secret"] = connection.Secrets.ClientSecret,
            ["redirect_uri"] = redirectUri,
            ["code"] = code,
        });
        using var response = await http.PostAsync(accountsUrl + "/oauth/v2/token", content, cancellationToken);
        var body = await ReadJsonAsync(response, cancellationToken);
        var token = body?["access_token"]?.GetValue<string>();
        if (string.IsNullOrEmpty(token))
        {
            var error = body?["error"]?.GetValue<string>() ?? $"HTTP {(int)response.StatusCode}";
            throw new WidgetSignInException($"Zoho Accounts refused the sign-in code ({error}).");
        }

        return token;
    }

    private static async Task<JsonObject?> ReadJsonAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        try
        {
            return text.Length == 0 ? null : JsonNode.Parse(text) as JsonObject;
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }
}
