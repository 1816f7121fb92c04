using System.Net;
using System.Text.Json.Nodes;
using ContactSync.Emulators.Org;
using ContactSync.Emulators.Quotas;
using Microsoft.AspNetCore.Http;
using static ContactSync.Emulators.Tests.TestSupport;

namespace ContactSync.Emulators.Tests;

/// <summary>POST /crm/v8/coql (reference §2.8): owner filters, offsets, counts, the documented limits, credits and complexity.</summary>
public sealed class ZohoCoqlTests
{
    private static StringContent Query(string select) => JsonBody(new JsonObject { ["select_query"] = select });

    [Fact]
    public async Task Owner_in_query_pages_by_offset_returns_only_those_owners_records_with_lookups_as_ids()
    {
        await using var host = await StartAsync(new EmulatorOptions { ZohoSeedContacts = 0, GoogleSeedContacts = 0, Org = new OrgSeed(3, 5, 0, 0, 7) });
        using var http = await ZohoClientAsync(host);
        var owners = host.OrgUsers.Take(2).Select(u => u.ZohoUserId).ToList();
        var where = $"where Owner in ('{owners[0]}', '{owners[1]}')";

        var first = await ReadAsync(await http.PostAsync("crm/v8/coql", Query($"select Last_Name, Owner from Contacts {where} order by id asc limit 0, 6")));
        var rest = await ReadAsync(await http.PostAsync("crm/v8/coql", Query($"select Last_Name, Owner from Contacts {where} order by id asc limit 6 offset 6")));
        var count = await ReadAsync(await http.PostAsync("crm/v8/coql", Query($"select COUNT(id) from Contacts {where}")));

        var rows = first["data"]!.AsArray().Concat(rest["data"]!.AsArray()).Select(r => r!.AsObject()).ToList();
        Assert.True(first["info"]!["more_records"]!.GetValue<bool>());
        Assert.False(rest["info"]!["more_records"]!.GetValue<bool>());
        Assert.Equal(10, rows.Count);
        Assert.Equal(10, rows.Select(r => r["id"]!.ToString()).Distinct().Count());
        Assert.All(rows, r => Assert.Contains(r["Owner"]!["id"]!.ToString(), owners));
        Assert.All(rows, r => Assert.Null(r["Owner"]!["name"]));
        Assert.Equal(10, count["data"]![0]!["COUNT(id)"]!.GetValue<int>());
    }

    [Fact]
    public async Task Modified_time_filter_answers_204_when_nothing_changed_and_the_changed_record_after_an_edit()
    {
        await using var host = await StartAsync(new EmulatorOptions { ZohoSeedContacts = 0, GoogleSeedContacts = 0, Org = new OrgSeed(1, 3, 0, 0, 8) });
        using var http = await ZohoClientAsync(host);
        var owner = host.OrgUsers[0].ZohoUserId;
        var future = TimeProvider.System.GetUtcNow().AddHours(1).ToString("yyyy-MM-dd'T'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture);
        const string past = "2000-01-01T00:00:00+00:00";

        var none = await http.PostAsync("crm/v8/coql", Query($"select Last_Name from Contacts where Owner in ('{owner}') and Modified_Time > '{future}' limit 200"));
        var all = await ReadAsync(await http.PostAsync("crm/v8/coql", Query($"select Last_Name from Contacts where Owner = '{owner}' and Modified_Time > '{past}' limit 200")));

        Assert.Equal(HttpStatusCode.NoContent, none.StatusCode);
        Assert.Equal(3, all["data"]!.AsArray().Count);
    }

    [Theory]
    [InlineData("select Last_Name from Contacts limit 2001", "LIMIT_EXCEEDED")]
    [InlineData("select Last_Name from Contacts limit 99999, 2", "LIMIT_EXCEEDED")]
    [InlineData("select Last_Name from Contacts where Last_Name = 'a' or Last_Name = 'b'", "SYNTAX_ERROR")]
    [InlineData("select No_Such_Field from Contacts", "INVALID_QUERY")]
    [InlineData("select Last_Name from Contacts where Owner in ('1', '2', '3', '4')", "LIMIT_EXCEEDED")]
    [InlineData("", "REQUIRED_PARAM_MISSING")]
    public async Task Queries_beyond_the_limits_or_the_grammar_are_400_with_zohos_codes(string select, string code)
    {
        var quotas = new QuotaOptions { Zoho = new ZohoQuotaLimits { CoqlMaxInValues = 3 } };
        await using var host = await StartAsync(new EmulatorOptions { ZohoSeedContacts = 3, GoogleSeedContacts = 0, Quotas = quotas });
        using var http = await ZohoClientAsync(host);

        var response = await http.PostAsync("crm/v8/coql", Query(select));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await ReadAsync(response);
        Assert.Equal(code, body["code"]!.GetValue<string>());
        Assert.Equal("error", body["status"]!.GetValue<string>());
    }

    [Fact]
    public void Coql_costs_credits_by_its_limit_and_takes_a_complex_slot()
    {
        var limits = new ZohoQuotaLimits { Concurrency = 5, SubConcurrency = 1 };
        var none = new QueryCollection();
        Assert.Equal(1, ZohoQuotaGate.CreditsOf(limits, "POST", ["coql"], none, 200));
        Assert.Equal(2, ZohoQuotaGate.CreditsOf(limits, "POST", ["coql"], none, 1000));
        Assert.Equal(3, ZohoQuotaGate.CreditsOf(limits, "POST", ["coql"], none, 2000));
        Assert.Equal(2000, QuotaBook.RecordsOf(new JsonObject { ["select_query"] = "select Last_Name from Contacts limit 0, 2000" }));

        var book = new QuotaBook(new QuotaOptions { Zoho = limits }, TimeProvider.System);
        using var query = book.Zoho.Admit("POST", ["coql"], none, 2000);
        using var second = book.Zoho.Admit("POST", ["coql"], none, 200);
        Assert.Null(query.Refusal);
        Assert.NotNull(second.Refusal);
    }
}
