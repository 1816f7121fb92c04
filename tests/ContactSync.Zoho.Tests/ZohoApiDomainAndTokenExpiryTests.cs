using System.Text.Json.Nodes;
using ContactSync.Emulators;
using ContactSync.Testing.Diagnostics;
using ContactSync.Testing.Emulation;

namespace ContactSync.Zoho.Tests;

/// <summary>Issue 10 items 5 and 9: Zoho's api_domain is used, and an expired page_token does not end a read.</summary>
public sealed class ZohoApiDomainAndTokenExpiryTests
{
    private static readonly string[] Fields = ["Last_Name", "Email", "Modified_Time"];

    private static ZohoClientOptions Options(EmulatorHost emu, string? apiBaseUrl)
    {
        var options = EmulatorClientOptions.Zoho(emu);
        options.DataCenter = "us";
        options.ApiBaseUrl = apiBaseUrl;
        return options;
    }

    [Fact]
    public async Task Only_the_accounts_url_configured_the_api_calls_go_to_the_api_domain_of_the_token_response()
    {
        await using var emu = await EmulatorHost.StartAsync(new EmulatorOptions { ZohoSeedContacts = 5 }, TestContext.CancellationToken);
        using var http = new HttpClient();
        var client = new ZohoCrmClient(http, Options(emu, apiBaseUrl: null), TimeProvider.System);

        var info = await client.TestAsync(TestContext.CancellationToken);
        var records = new List<JsonObject>();
        await foreach (var page in client.ListContactsAsync(new ZohoListQuery { Fields = Fields }, TestContext.CancellationToken))
        {
            records.AddRange(page.Records);
        }

        Assert.Equal(emu.BaseAddress.ToString().TrimEnd('/'), info.ApiBaseUrl);
        Assert.Equal(5, records.Count);
    }

    [Fact]
    public async Task An_explicit_api_url_wins_over_the_api_domain()
    {
        await using var emu = await EmulatorHost.StartAsync(new EmulatorOptions { ZohoSeedContacts = 3, ZohoApiDomain = "http://127.0.0.1:9" }, TestContext.CancellationToken);
        using var http = new HttpClient();
        var client = new ZohoCrmClient(http, Options(emu, emu.BaseAddress.ToString()), TimeProvider.System);

        var user = await client.GetCurrentUserAsync(TestContext.CancellationToken);

        Assert.Equal(emu.Credentials.ZohoUserIds["admin"], user.Id);
    }

    [Fact]
    public async Task An_expired_page_token_mid_read_resumes_the_read_and_yields_every_record_once()
    {
        await using var emu = await EmulatorHost.StartAsync(new EmulatorOptions { ZohoSeedContacts = 2700 }, TestContext.CancellationToken);
        using var http = new HttpClient();
        var observer = new RecordingObserver();
        var client = new ZohoCrmClient(http, Options(emu, emu.BaseAddress.ToString()), TimeProvider.System, observer);
        emu.Zoho.ExpireNextPageTokens(1);

        var ids = new List<string>();
        await foreach (var page in client.ListContactsAsync(new ZohoListQuery { Fields = Fields, CustomViewId = emu.Zoho.AllContactsViewId }, TestContext.CancellationToken))
        {
            ids.AddRange(page.Records.Select(r => (string)r["id"]!));
        }

        Assert.Contains(observer.Calls, c => c.Operation == "GET /crm/v8/Contacts" && c.Status == 400);
        Assert.Equal(emu.Zoho.Count, ids.Count);
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Fact]
    public async Task A_read_sorted_by_modified_time_resumes_at_the_last_record_instead_of_the_first_page()
    {
        await using var emu = await EmulatorHost.StartAsync(new EmulatorOptions { ZohoSeedContacts = 3000 }, TestContext.CancellationToken);
        using var http = new HttpClient();
        var observer = new RecordingObserver();
        var client = new ZohoCrmClient(http, Options(emu, emu.BaseAddress.ToString()), TimeProvider.System, observer);
        emu.Zoho.ExpireNextPageTokens(1);

        var ids = new List<string>();
        await foreach (var page in client.ListContactsAsync(new ZohoListQuery { Fields = Fields, SortBy = "Modified_Time", SortOrder = "asc" }, TestContext.CancellationToken))
        {
            ids.AddRange(page.Records.Select(r => (string)r["id"]!));
        }

        // 15 pages of 200 plus the refused call; a restart from the first page would need 11 more.
        var reads = observer.Calls.Count(c => c.Operation == "GET /crm/v8/Contacts");
        Assert.Equal(emu.Zoho.Count, ids.Count);
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.InRange(reads, 16, 18);
    }
}
