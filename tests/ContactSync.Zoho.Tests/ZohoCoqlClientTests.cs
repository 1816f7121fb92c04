using System.Text.Json.Nodes;
using ContactSync.Emulators;
using ContactSync.Emulators.Org;

namespace ContactSync.Zoho.Tests;

/// <summary>The client's COQL reads of some owners' records against the emulator: owner lists split, offsets, counts, changes.</summary>
public sealed class ZohoCoqlClientTests
{
    private const string Coql = "zoho POST /crm/v8/coql";
    private static readonly string[] Fields = ["Last_Name", "Email", "Owner", "Modified_Time"];

    private static ZohoCrmClient Client(EmulatorHost emu) =>
        new(new HttpClient(), new ZohoClientOptions
        {
            ApiBaseUrl = emu.BaseAddress.ToString(),
            AccountsUrl = emu.BaseAddress.ToString(),
            ClientId = emu.Credentials.ZohoClientId,
            ClientSecret = emu.Credentials.ZohoClientSecret,
            RefreshToken = emu.Credentials.ZohoAdminRefreshToken,
            MaxRetries = 3,
            BaseRetryDelay = TimeSpan.FromMilliseconds(10),
        }, TimeProvider.System);

    private static async Task<List<JsonObject>> ReadAll(ZohoCrmClient client, ZohoOwnerQuery query)
    {
        var all = new List<JsonObject>();
        await foreach (var page in client.QueryContactsByOwnersAsync(query, TestContext.CancellationToken))
        {
            all.AddRange(page.Records);
        }

        return all;
    }

    [Fact]
    public async Task SixtyOwners_AreAskedInTwoInLists_PagedByOffset_EachRecordOnce_AndCounted()
    {
        await using var emu = await EmulatorHost.StartAsync(new EmulatorOptions { Port = 0, ZohoSeedContacts = 0, GoogleSeedContacts = 0, Org = new OrgSeed(61, 3, 0, 0, 9) }, TestContext.CancellationToken);
        var client = Client(emu);
        var owners = emu.OrgUsers.Take(60).Select(u => u.ZohoUserId).ToList();
        emu.Calls.Reset();

        var records = await ReadAll(client, new ZohoOwnerQuery { Fields = Fields, OwnerIds = owners, Limit = 40 });
        var reads = emu.Calls.Count(Coql);
        var count = await client.CountContactsByOwnersAsync(owners, TestContext.CancellationToken);

        Assert.Equal(180, records.Count);
        Assert.Equal(180, records.Select(r => r["id"]!.ToString()).Distinct().Count());
        Assert.All(records, r => Assert.Contains(r["Owner"]!["id"]!.ToString(), owners));
        Assert.Equal(4 + 1, reads); // 150 records of the first 50 owners in pages of 40, then 30 of the last 10
        Assert.Equal(180, count);
        Assert.Equal(reads + 2, emu.Calls.Count(Coql)); // one count per in-list
    }

    [Fact]
    public async Task ModifiedSince_AnswersNothing_ThenOnlyTheOwnersEditedRecord()
    {
        await using var emu = await EmulatorHost.StartAsync(new EmulatorOptions { Port = 0, ZohoSeedContacts = 0, GoogleSeedContacts = 0, Org = new OrgSeed(2, 4, 0, 0, 10) }, TestContext.CancellationToken);
        var client = Client(emu);
        var owner = emu.OrgUsers[0].ZohoUserId;
        var query = new ZohoOwnerQuery { Fields = Fields, OwnerIds = [owner] };
        var latest = (await ReadAll(client, query)).Max(r => ZohoTime.TryParse(r["Modified_Time"]!.ToString(), out var t) ? t : DateTimeOffset.MinValue);

        // The org's records were made seconds before now (the seed dates them back), so an edit now is later than all of them.
        Assert.Empty(await ReadAll(client, query with { ModifiedSince = latest }));

        var others = emu.Zoho.GetAllRecords().First(r => r["Owner"]!["id"]!.ToString() != owner)["id"]!.ToString();
        var own = emu.Zoho.GetAllRecords().First(r => r["Owner"]!["id"]!.ToString() == owner)["id"]!.ToString();
        emu.Zoho.UpdateRecordAsUser(own, new JsonObject { ["Last_Name"] = "Edited" });
        emu.Zoho.UpdateRecordAsUser(others, new JsonObject { ["Last_Name"] = "Edited too" });
        var edited = await ReadAll(client, query with { ModifiedSince = latest });

        Assert.Equal([own], edited.Select(r => r["id"]!.ToString()));
    }

    [Fact]
    public async Task BadQueries_AreRefusedBeforeAnyCall()
    {
        var client = new ZohoCrmClient(new HttpClient(), new ZohoClientOptions { ApiBaseUrl = "http://127.0.0.1:9/", AccountsUrl = "http://127.0.0.1:9/", ClientId = "c", ClientSecret = "s", RefreshToken = "r" }, TimeProvider.System);

        await Assert.ThrowsAsync<ArgumentException>(async () => await ReadAll(client, new ZohoOwnerQuery { Fields = Fields, OwnerIds = ["1' or '1'='1"] }));
        await Assert.ThrowsAsync<ArgumentException>(async () => await ReadAll(client, new ZohoOwnerQuery { Fields = Fields, OwnerIds = [] }));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(async () => await ReadAll(client, new ZohoOwnerQuery { Fields = Fields, OwnerIds = ["1"], Limit = 2001 }));
    }
}
