using System.Text.Json.Nodes;
using ContactSync.Emulators;
using ContactSync.Testing.Diagnostics;
using ContactSync.Testing.Emulation;

namespace ContactSync.Zoho.Tests;

/// <summary>The real client against the in-process Zoho emulator over loopback HTTP.</summary>
public sealed class ZohoEmulatorContractTests
{
    private static readonly string[] Fields = ["Last_Name", "First_Name", "Email", "Owner", "Modified_Time"];

    private static ZohoCrmClient Client(EmulatorHost emu, string refreshToken, RecordingObserver? observer = null)
    {
        var options = EmulatorClientOptions.Zoho(emu, refreshToken);
        options.MaxRetries = 3;
        options.BaseRetryDelay = TimeSpan.FromMilliseconds(10);
        return new(new HttpClient(), options, TimeProvider.System, observer);
    }

    private static async Task<List<JsonObject>> ReadAll(ZohoCrmClient client, ZohoListQuery query)
    {
        var all = new List<JsonObject>();
        await foreach (var page in client.ListContactsAsync(query, TestContext.CancellationToken))
        {
            all.AddRange(page.Records);
        }

        return all;
    }

    [Fact]
    public async Task Paging_Past2000_UsesPageToken_AndVisibilityDependsOnUser()
    {
        await using var emu = await EmulatorHost.StartAsync(new EmulatorOptions { ZohoSeedContacts = 2500 }, TestContext.CancellationToken);
        var admin = Client(emu, emu.Credentials.ZohoAdminRefreshToken);

        var all = await ReadAll(admin, new ZohoListQuery { Fields = Fields });

        Assert.Equal(emu.Zoho.Count, all.Count);
        Assert.True(all.Count >= 2500);
        Assert.Equal(all.Count, all.Select(r => (string)r["id"]!).Distinct().Count());

        var standard = Client(emu, emu.Credentials.ZohoStandardRefreshToken);
        var visible = await ReadAll(standard, new ZohoListQuery { Fields = Fields });
        Assert.NotEmpty(visible);
        Assert.True(visible.Count < all.Count, "the standard user must not see every owner's records");
        var hidden = all.Select(r => (string)r["id"]!).Except(visible.Select(r => (string)r["id"]!)).First();
        Assert.Null(await standard.GetContactAsync(hidden, Fields, TestContext.CancellationToken));
    }

    [Fact]
    public async Task ModifiedSince_NothingNewer_YieldsNothing_ThenOnlyTheEditedRecord()
    {
        await using var emu = await EmulatorHost.StartAsync(new EmulatorOptions { ZohoSeedContacts = 50 }, TestContext.CancellationToken);
        var admin = Client(emu, emu.Credentials.ZohoAdminRefreshToken);
        var latest = (await ReadAll(admin, new ZohoListQuery { Fields = Fields }))
            .Max(r => ZohoTime.Parse((string)r["Modified_Time"]!));

        Assert.Empty(await ReadAll(admin, new ZohoListQuery { Fields = Fields, ModifiedSince = latest.AddSeconds(1) }));

        await Task.Delay(1100, TestContext.CancellationToken);
        var id = (string)(await ReadAll(admin, new ZohoListQuery { Fields = Fields }))[0]["id"]!;
        emu.Zoho.UpdateRecordAsUser(id, new JsonObject { ["First_Name"] = "Edited" });
        var changed = await ReadAll(admin, new ZohoListQuery { Fields = Fields, ModifiedSince = latest.AddSeconds(1) });
        Assert.Equal(id, (string)Assert.Single(changed)["id"]!);
    }

    [Fact]
    public async Task TooManyRequests_IsRetriedAfterRetryAfter()
    {
        await using var emu = await EmulatorHost.StartAsync(new EmulatorOptions { ZohoSeedContacts = 5 }, TestContext.CancellationToken);
        var observer = new RecordingObserver();
        var admin = Client(emu, emu.Credentials.ZohoAdminRefreshToken, observer);
        await admin.TestAsync(TestContext.CancellationToken);
        emu.Faults.TooManyRequests("zoho", 1, retryAfterSeconds: 1);

        var started = TimeProvider.System.GetTimestamp();
        var fields = await admin.GetContactFieldsAsync(TestContext.CancellationToken);

        Assert.Contains(fields, f => f.ApiName == "Last_Name" && f.Mandatory);
        Assert.True(TimeProvider.System.GetElapsedTime(started) >= TimeSpan.FromSeconds(0.95));
        Assert.Equal(TimeSpan.FromSeconds(1), Assert.Single(observer.Retries));
        Assert.Contains(observer.Calls, c => c.Status == 429);
    }

    [Fact]
    public async Task Insert250_WithOneInvalid_Uses3Calls_AndReportsPerRecord()
    {
        await using var emu = await EmulatorHost.StartAsync(new EmulatorOptions { ZohoSeedContacts = 5 }, TestContext.CancellationToken);
        var admin = Client(emu, emu.Credentials.ZohoAdminRefreshToken);
        var before = emu.Calls.Count("zoho POST /crm/v8/Contacts");
        var records = Enumerable.Range(0, 250).Select(i => new JsonObject { ["Last_Name"] = "Batch" + i, ["Email"] = $"batch{i}@example.org" }).ToArray();
        records[120].Remove("Last_Name");

        var results = await admin.InsertContactsAsync(records, TestContext.CancellationToken);

        Assert.Equal(3, emu.Calls.Count("zoho POST /crm/v8/Contacts") - before);
        Assert.Equal(250, results.Count);
        Assert.False(results[120].Success);
        Assert.Equal("MANDATORY_NOT_FOUND", results[120].Code);
        Assert.Equal(249, results.Count(r => r.Success && r.Id is not null && r.ModifiedTime is not null));
        Assert.Equal("Batch0", (string)(await admin.GetContactAsync(results[0].Id!, Fields, TestContext.CancellationToken))!["Last_Name"]!);
    }

    [Fact]
    public async Task TokenExpiry_IsRefreshedTransparently_AndMetadataReads()
    {
        await using var emu = await EmulatorHost.StartAsync(new EmulatorOptions { ZohoSeedContacts = 5, AccessTokenLifetime = TimeSpan.FromSeconds(2) },
            TestContext.CancellationToken);
        var admin = Client(emu, emu.Credentials.ZohoAdminRefreshToken);

        var info = await admin.TestAsync(TestContext.CancellationToken);
        await Task.Delay(2100, TestContext.CancellationToken);
        var views = await admin.GetContactViewsAsync(TestContext.CancellationToken);
        var users = await admin.GetUsersAsync(TestContext.CancellationToken);
        var profile = await admin.GetProfileAsync(info.User.ProfileId!, TestContext.CancellationToken);

        Assert.Equal(emu.Credentials.ZohoUserIds["admin"], info.User.Id);
        Assert.Contains(views, v => v.Id == emu.Zoho.AllContactsViewId);
        Assert.Contains(users, u => u.Id == info.User.Id && u.RoleId is not null && u.ProfileId is not null);
        Assert.NotEmpty(profile.Permissions);
        Assert.True(admin.Tokens.RefreshCount >= 2);
    }

    [Fact]
    public async Task DeletedRecords_AreListedWithInstants()
    {
        await using var emu = await EmulatorHost.StartAsync(new EmulatorOptions { ZohoSeedContacts = 20 }, TestContext.CancellationToken);
        var admin = Client(emu, emu.Credentials.ZohoAdminRefreshToken);
        var ids = (await ReadAll(admin, new ZohoListQuery { Fields = Fields })).Take(3).Select(r => (string)r["id"]!).ToArray();

        var results = await admin.DeleteContactsAsync(ids, TestContext.CancellationToken);
        var deleted = new List<ZohoDeletedRecord>();
        await foreach (var page in admin.ListDeletedContactsAsync(null, TestContext.CancellationToken))
        {
            deleted.AddRange(page.Records);
        }

        Assert.All(results, r => Assert.True(r.Success));
        Assert.Equal(ids, results.Select(r => r.Id));
        Assert.Superset(ids.ToHashSet(), deleted.Select(d => d.Id).ToHashSet());
        Assert.All(deleted, d => Assert.NotEqual(default, d.DeletedTime));
    }
}
