using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ContactSync.Server.Web;
using ContactSync.Web.Tests.Infrastructure;
using Grpc.Core;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Proto = ContactSync.Grpc.V1;

namespace ContactSync.Web.Tests;

/// <summary>The page's server side over plain HTTP: CORS, security headers, widget tickets and the sign-in endpoints.</summary>
[Collection(WebCollection.Name)]
public sealed partial class ServerSideTests(WebFixture fixture)
{
    private static readonly HttpClient Http = new(new HttpClientHandler { AllowAutoRedirect = false });

    [Fact]
    public async Task Cors_preflight_is_answered_for_an_allowed_widget_origin_only()
    {
        var allowed = fixture.Sites.WidgetOrigin.ToString().TrimEnd('/');
        using var ok = await Http.SendAsync(Preflight(allowed));
        Assert.Equal(HttpStatusCode.NoContent, ok.StatusCode);
        Assert.Equal(allowed, ok.Headers.GetValues("Access-Control-Allow-Origin").Single());

        using var refused = await Http.SendAsync(Preflight("http://intruder.example"));
        Assert.False(refused.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task The_page_is_served_with_a_csp_that_lets_only_zoho_crm_frame_it()
    {
        using var response = await Http.GetAsync(fixture.PageUrl + "/");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<div id=\"app\">", await response.Content.ReadAsStringAsync());
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("frame-ancestors 'self' https://*.zoho.com https://*.zoho.eu", csp);
        Assert.Contains("connect-src 'self'", csp);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task A_ticket_authenticates_as_its_crm_user_and_an_altered_or_foreign_one_does_not()
    {
        var userId = fixture.Emulator.Credentials.ZohoUserIds["standard"];
        var tickets = fixture.Server.Services.GetRequiredService<WidgetTicketService>();
        var (ticket, _) = tickets.Issue(userId, "Jonas Müller", "jonas.mueller@contactsync-demo.example");

        var caller = await fixture.Client.GetCallerAsync(new Proto.GetCallerRequest(), Bearer(ticket));
        Assert.Equal(Proto.ApiKeyRole.User, caller.Role);
        Assert.Equal(userId, caller.CrmUserId);
        Assert.Equal("Jonas Müller", caller.DisplayName);
        Assert.NotNull(caller.ExpireTime);

        // A user ticket sees only its user's plans: asking for all of another user's plans is refused.
        var denied = await Assert.ThrowsAsync<RpcException>(async () => await fixture.Client.ListConfigsAsync(
            new Proto.ListConfigsRequest { CrmUserId = fixture.Emulator.Credentials.ZohoUserIds["admin"] }, Bearer(ticket)));
        Assert.Equal(StatusCode.PermissionDenied, denied.StatusCode);

        var altered = ticket[..^6] + (ticket[^6] == 'A' ? 'B' : 'A') + ticket[^5..];
        var refused = await Assert.ThrowsAsync<RpcException>(async () => await fixture.Client.GetCallerAsync(new Proto.GetCallerRequest(), Bearer(altered)));
        Assert.Equal(StatusCode.Unauthenticated, refused.StatusCode);

        var foreign = new WidgetTicketService(new EphemeralDataProtectionProvider(), TimeProvider.System,
            Options.Create(new WebSettings()), NullLogger<WidgetTicketService>.Instance).Issue(userId, "x", "x").Ticket;
        var foreignRefused = await Assert.ThrowsAsync<RpcException>(async () => await fixture.Client.GetCallerAsync(new Proto.GetCallerRequest(), Bearer(foreign)));
        Assert.Equal(StatusCode.Unauthenticated, foreignRefused.StatusCode);
    }

    [Fact]
    public void A_ticket_expires_after_its_lifetime()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 30, 8, 0, 0, TimeSpan.Zero));
        var protection = fixture.Server.Services.GetRequiredService<IDataProtectionProvider>();
        var tickets = new WidgetTicketService(protection, time, Options.Create(new WebSettings { TicketLifetime = TimeSpan.FromMinutes(30) }),
            NullLogger<WidgetTicketService>.Instance);
        var (ticket, identity) = tickets.Issue("123", "n", "e");
        Assert.Equal(time.GetUtcNow().AddMinutes(30), identity.ExpiresAt);

        time.Advance(TimeSpan.FromMinutes(29));
        Assert.True(tickets.TryAuthenticate(ticket, out var caller));
        Assert.Equal("123", caller.CrmUserId);
        time.Advance(TimeSpan.FromMinutes(1));
        Assert.False(tickets.TryAuthenticate(ticket, out _));
    }

    [Fact]
    public async Task Widget_sign_in_refuses_an_origin_that_is_not_allowed_and_a_forged_state()
    {
        using var bad = await Http.GetAsync($"{fixture.PageUrl}/widget/signin?origin={Uri.EscapeDataString("http://intruder.example")}");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);

        var origin = fixture.Sites.WidgetOrigin.ToString().TrimEnd('/');
        using var start = await Http.GetAsync($"{fixture.PageUrl}/widget/signin?origin={Uri.EscapeDataString(origin)}");
        Assert.Equal(HttpStatusCode.Redirect, start.StatusCode);
        var location = start.Headers.Location!;
        Assert.StartsWith(fixture.Emulator.BaseAddress + "oauth/v2/auth?", location.ToString());
        Assert.Contains("scope=ZohoCRM.users.READ", location.Query);
        Assert.Contains(Uri.EscapeDataString(fixture.PageUrl + "/widget/callback"), location.Query);

        using var forged = await Http.GetAsync($"{fixture.PageUrl}/widget/callback?code=1000.x&state=forged");
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
    }

    [Fact]
    public async Task Emulated_zoho_accounts_exchange_a_grant_code_once_and_only_for_its_redirect_uri()
    {
        var c = fixture.Emulator.Credentials;
        var accounts = fixture.Emulator.BaseAddress.ToString().TrimEnd('/');
        const string redirect = "http://127.0.0.1:1/callback";
        using var page = await Http.GetAsync($"{accounts}/oauth/v2/auth?client_id={c.ZohoClientId}&response_type=code&scope=ZohoCRM.users.READ&redirect_uri={Uri.EscapeDataString(redirect)}&state=s1");
        Assert.Contains("Sign in as Jonas Müller", WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync()));

        // A code offered with another redirect URI is refused (and spent); a code is exchanged once.
        Assert.Equal("invalid_code", (await ExchangeAsync(await ApproveAsync(), "http://127.0.0.1:2/other"))["error"]?.GetValue<string>());
        var code = await ApproveAsync();
        var token = await ExchangeAsync(code, redirect);
        Assert.StartsWith("1000.", token["access_token"]?.GetValue<string>());
        Assert.Equal("invalid_code", (await ExchangeAsync(code, redirect))["error"]?.GetValue<string>());

        async Task<string> ApproveAsync()
        {
            using var approve = await Http.PostAsync($"{accounts}/oauth/v2/auth", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["client_id"] = c.ZohoClientId, ["redirect_uri"] = redirect, ["state"] = "s1", ["user_id"] = c.ZohoUserIds["standard"],
            }));
            Assert.Equal(HttpStatusCode.Redirect, approve.StatusCode);
            var query = approve.Headers.Location!.Query;
            Assert.Contains("state=s1", query);
            return Uri.UnescapeDataString(CodePattern().Match(query).Groups[1].Value);
        }

        async Task<JsonObject> ExchangeAsync(string grant, string redirectUri)
        {
            using var response = await Http.PostAsync($"{accounts}/oauth/v2/token", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "authorization_code", ["client_id"] = c.ZohoClientId, ["client_secret"] = c.ZohoClientSecret,
                ["redirect_uri"] = redirectUri, ["code"] = grant,
            }));
            return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        }
    }

    private HttpRequestMessage Preflight(string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, fixture.PageUrl + "/contactsync.v1.ContactSync/GetCaller");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "authorization,content-type,x-grpc-web,x-user-agent");
        return request;
    }

    private static Metadata Bearer(string credential) => new() { { "authorization", "Bearer " + credential } };

    [GeneratedRegex("code=([^&]+)")]
    private static partial Regex CodePattern();
}
