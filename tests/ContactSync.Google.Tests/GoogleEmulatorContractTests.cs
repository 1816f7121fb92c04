using System.Text.Json.Nodes;
using ContactSync.Emulators;
using ContactSync.Google.Apis.Data;
using ContactSync.Testing.Diagnostics;

namespace ContactSync.Google.Tests;

/// <summary>The real client against the in-process Google emulator over loopback HTTP.</summary>
public sealed class GoogleEmulatorContractTests
{
    private const string Fields = "names,emailAddresses,metadata,memberships";

    private static GoogleContactsClient Client(EmulatorHost emu, RecordingObserver? observer = null, bool serviceAccount = true) =>
        new(serviceAccount
            ? new GoogleClientOptions
            {
                ApiBaseUrl = emu.BaseAddress.ToString(),
                TokenUrl = emu.Credentials.GoogleTokenUri,
                ServiceAccountJson = emu.Credentials.GoogleServiceAccountKeyJson,
                ImpersonatedUser = emu.Credentials.GoogleImpersonatedUser,
                BaseRetryDelay = TimeSpan.FromMilliseconds(10),
            }
            : new GoogleClientOptions
            {
                ApiBaseUrl = emu.BaseAddress.ToString(),
                TokenUrl = emu.Credentials.GoogleTokenUri,
                ClientId = emu.Credentials.GoogleClientId,
                ClientSecret = emu.Credentials.GoogleClientSecret,
                RefreshToken = emu.Credentials.GoogleUserRefreshToken,
                BaseRetryDelay = TimeSpan.FromMilliseconds(10),
            }, TimeProvider.System, observer);

    private static async Task<(List<Person> People, string? SyncToken)> ReadAll(GoogleContactsClient client, string? syncToken, int pageSize = 100)
    {
        var people = new List<Person>();
        string? next = null;
        await foreach (var page in client.ListConnectionsAsync(new ConnectionsQuery { PersonFields = Fields, PageSize = pageSize, SyncToken = syncToken },
            TestContext.CancellationToken))
        {
            people.AddRange(page.Connections);
            next = page.NextSyncToken ?? next;
        }

        return (people, next);
    }

    [Fact]
    public async Task FullThenIncrementalSync_ReturnsTombstoneForDeletedContact_UserCredential()
    {
        await using var emu = await EmulatorHost.StartAsync(new EmulatorOptions { GoogleSeedContacts = 250 }, TestContext.CancellationToken);
        using var client = Client(emu, serviceAccount: false);

        var (all, token) = await ReadAll(client, null);
        Assert.Equal(emu.Google.Count, all.Count);
        Assert.NotNull(token);

        var victim = all[3].ResourceName!;
        emu.Google.DeleteContactAsUser(victim);
        var (changes, _) = await ReadAll(client, token);

        var tombstone = Assert.Single(changes, p => p.ResourceName == victim);
        Assert.True(tombstone.Metadata?.Deleted);
    }

    [Fact]
    public async Task ExpiredSyncToken_ThrowsTypedException()
    {
        await using var emu = await EmulatorHost.StartAsync(new EmulatorOptions { GoogleSeedContacts = 10 }, TestContext.CancellationToken);
        using var client = Client(emu);
        var (_, token) = await ReadAll(client, null);

        emu.Google.SyncTokenMaxAge = TimeSpan.Zero;
        await Task.Delay(20, TestContext.CancellationToken);

        await Assert.ThrowsAsync<GoogleSyncTokenExpiredException>(() => ReadAll(client, token));
    }

    [Fact]
    public async Task UpdateWithStaleEtag_ThrowsEtagMismatch_FreshEtagSucceeds()
    {
        await using var emu = await EmulatorHost.StartAsync(new EmulatorOptions { GoogleSeedContacts = 5 }, TestContext.CancellationToken);
        using var client = Client(emu);
        var created = await client.CreateAsync(new Person { Names = [new Name { GivenName = "Ada", FamilyName = "Lovelace" }] }, Fields, TestContext.CancellationToken);

        emu.Google.EditContactAsUser(created.ResourceName!, p => p["names"]![0]!["givenName"] = "Augusta");
        created.Names![0].GivenName = "Ada2";
        await Assert.ThrowsAsync<GoogleEtagMismatchException>(() => client.UpdateAsync(created, "names", Fields, TestContext.CancellationToken));

        var fresh = (await client.GetAsync(created.ResourceName!, Fields, TestContext.CancellationToken))!;
        Assert.Equal("Augusta", fresh.Names![0].GivenName);
        fresh.Names[0].GivenName = "Ada3";
        var updated = await client.UpdateAsync(fresh, "names", Fields, TestContext.CancellationToken);
        Assert.Equal("Ada3", updated.Names![0].GivenName);
    }

    [Fact]
    public async Task Batches_NeverExceedLimits_AndGroupsWork()
    {
        await using var emu = await EmulatorHost.StartAsync(new EmulatorOptions { GoogleSeedContacts = 0 }, TestContext.CancellationToken);
        using var client = Client(emu);
        var people = Enumerable.Range(0, 450).Select(i => new Person
        {
            Names = [new Name { GivenName = "G" + i, FamilyName = "F" }],
            EmailAddresses = [new EmailAddress { Value = $"g{i}@example.org", Type = "work" }],
            ClientData = [new ClientData { Key = "zohoId", Value = i.ToString(System.Globalization.CultureInfo.InvariantCulture) }],
        }).ToArray();

        var created = await client.BatchCreateAsync(people, Fields + ",clientData", TestContext.CancellationToken);
        Assert.Equal(3, emu.Calls.Count("google POST /v1/people:batchCreateContacts"));
        Assert.Equal(Enumerable.Range(0, 450).Select(i => "G" + i), created.Select(p => p.Names![0].GivenName));

        var fetched = await client.GetBatchAsync(created.Select(p => p.ResourceName!).ToArray(), Fields, TestContext.CancellationToken);
        Assert.Equal(450, fetched.Count);

        var updates = fetched.Take(250).ToDictionary(p => p.ResourceName!, p =>
        {
            p.Names![0].FamilyName = "Updated";
            return p;
        });
        var updated = await client.BatchUpdateAsync(updates, "names", "names", TestContext.CancellationToken);
        Assert.Equal(250, updated.Count);
        Assert.All(updated.Values, p => Assert.Equal("Updated", p.Names![0].FamilyName));
        Assert.Equal(2, emu.Calls.Count("google POST /v1/people:batchUpdateContacts"));

        var group = await client.CreateGroupAsync("Sync test", TestContext.CancellationToken);
        await client.ModifyGroupMembersAsync(group.ResourceName!, created.Select(p => p.ResourceName!).ToArray(), [], TestContext.CancellationToken);
        Assert.Equal(450, emu.Google.GetGroupMembers(group.ResourceName!).Count);
        Assert.Contains(await client.ListGroupsAsync(TestContext.CancellationToken), g => g.ResourceName == group.ResourceName);

        await client.BatchDeleteAsync(created.Select(p => p.ResourceName!).ToArray(), TestContext.CancellationToken);
        Assert.Equal(1, emu.Calls.Count("google POST /v1/people:batchDeleteContacts"));
        Assert.Equal(0, emu.Google.Count);
    }

    [Fact]
    public async Task TooManyRequests_IsRetriedAfterRetryAfter()
    {
        await using var emu = await EmulatorHost.StartAsync(new EmulatorOptions { GoogleSeedContacts = 3 }, TestContext.CancellationToken);
        var observer = new RecordingObserver();
        using var client = Client(emu, observer);
        emu.Faults.TooManyRequests("google", 1, retryAfterSeconds: 1);

        var started = TimeProvider.System.GetTimestamp();
        var total = await client.TestAsync(TestContext.CancellationToken);

        Assert.Equal(emu.Google.Count, total);
        Assert.True(TimeProvider.System.GetElapsedTime(started) >= TimeSpan.FromSeconds(0.95));
        Assert.Equal(TimeSpan.FromSeconds(1), Assert.Single(observer.Retries));
    }
}
