using System.Net;
using System.Text.Json.Nodes;
using ContactSync.Emulators.Org;
using static ContactSync.Emulators.Tests.TestSupport;

namespace ContactSync.Emulators.Tests;

public sealed class OrgTests
{
    [Fact]
    public async Task An_organisation_gives_each_crm_user_their_own_records_and_their_own_google_account()
    {
        await using var host = await StartAsync(new EmulatorOptions { ZohoSeedContacts = 6, GoogleSeedContacts = 3, Org = new OrgSeed(3, 5, 4, 2) });
        Assert.Equal(3, host.OrgUsers.Count);
        Assert.Equal(6 + 15, host.Zoho.Count);
        Assert.All(host.OrgUsers, u => Assert.EndsWith("@contactsync-demo.example", u.Email, StringComparison.Ordinal));

        foreach (var user in host.OrgUsers)
        {
            using var zoho = await ZohoClientAsync(host, user.ZohoRefreshToken);
            var own = (await ReadAsync(await zoho.GetAsync("crm/v8/Contacts?fields=Email,Owner&per_page=200")))["data"]!.AsArray();
            Assert.Equal(5, own.Count);
            Assert.All(own, r => Assert.Equal(user.ZohoUserId, r!["Owner"]!["id"]!.GetValue<string>()));

            using var google = await GoogleClientAsync(host, user.GoogleRefreshToken);
            var page = await ReadAsync(await google.GetAsync("v1/people/me/connections?personFields=emailAddresses,memberships&pageSize=1000"));
            var people = page["connections"]!.AsArray();
            Assert.Equal(4, people.Count);
            Assert.All(people, p => Assert.Contains(p!["memberships"]!.AsArray(), m => m!["contactGroupMembership"]!["contactGroupResourceName"]!.GetValue<string>() == user.GoogleContactSyncGroup));
            var crmEmails = own.Select(r => r!["Email"]?.GetValue<string>()).OfType<string>().ToHashSet(StringComparer.OrdinalIgnoreCase);
            var shared = people.Count(p => p!["emailAddresses"]?.AsArray().Any(e => crmEmails.Contains(e!["value"]!.GetValue<string>())) == true);
            Assert.Equal(2, shared);
        }

        // The CRM users are listed with the emails of their Google accounts.
        using var admin = await ZohoClientAsync(host);
        var users = (await ReadAsync(await admin.GetAsync("crm/v8/users?type=AllUsers")))["users"]!.AsArray();
        Assert.All(host.OrgUsers, u => Assert.Contains(users, x => x!["id"]!.GetValue<string>() == u.ZohoUserId && x["email"]!.GetValue<string>() == u.Email));
    }

    [Fact]
    public async Task A_refresh_token_of_one_account_never_reaches_another_and_reseeding_ends_the_organisation()
    {
        await using var host = await StartAsync(new EmulatorOptions { GoogleSeedContacts = 2, Org = new OrgSeed(2, 1, 3, 0) });
        using var first = await GoogleClientAsync(host, host.OrgUsers[0].GoogleRefreshToken);
        var names = (await ReadAsync(await first.GetAsync("v1/people/me/connections?personFields=names&pageSize=1000")))["connections"]!.AsArray()
            .Select(p => p!["resourceName"]!.GetValue<string>()).ToList();
        Assert.Equal(3, names.Count);
        Assert.Equal(names.Order(StringComparer.Ordinal), host.Google.GetAllContacts(host.OrgUsers[0].Email).Select(p => p["resourceName"]!.GetValue<string>()).Order(StringComparer.Ordinal));
        Assert.DoesNotContain(host.Google.GetAllContacts().Select(p => p["resourceName"]!.GetValue<string>()), names.Contains);

        using var http = Client(host);
        var bad = await http.PostAsync("token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token",
            ["client_id"] = host.Credentials.GoogleClientId,
            ["client_secret"] = host.Credentials.GoogleClientSecret,
            ["refresh_token"] = "1//0emu-not-issued",
        }));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);

        host.Reseed(1, 1, 0, 7);
        Assert.Empty(host.OrgUsers);
        Assert.Equal(1, host.Zoho.Count);
    }

    [Fact]
    public async Task The_control_surface_seeds_an_organisation()
    {
        await using var host = await StartAsync();
        using var http = Client(host);
        var seeded = await ReadAsync(await http.PostAsync("_emulator/org", JsonBody(new JsonObject { ["users"] = 4, ["zohoContactsPerUser"] = 2, ["googleContactsPerUser"] = 1 })));
        Assert.Equal(4, seeded["users"]!.AsArray().Count);
        Assert.Equal(8, host.Zoho.Count);
        Assert.Equal(HttpStatusCode.BadRequest, (await http.PostAsync("_emulator/org", JsonBody(new JsonObject { ["users"] = -1 }))).StatusCode);
        Assert.Equal(4, (await ReadAsync(await http.GetAsync("_emulator/org")))["users"]!.AsArray().Count);
    }
}
