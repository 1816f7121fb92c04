using ContactSync.Core.Mapping;
using ContactSync.Core.Ports;
using ContactSync.Emulators;
using ContactSync.Google.Sync;

namespace ContactSync.Google.Tests;

/// <summary>Issue 10 item 3: the port recognises Google's contact-limit refusal and does not fall back to single creates.</summary>
public sealed class GoogleContactLimitTests
{
    private static readonly GoogleFieldPath[] Paths = [GoogleFieldPath.Parse("names[0].familyName"), GoogleFieldPath.Parse("emailAddresses[type=work]")];

    private static GoogleContactsClient Client(EmulatorHost emu) => new(new GoogleClientOptions
    {
        ApiBaseUrl = emu.BaseAddress.ToString(),
        TokenUrl = emu.Credentials.GoogleTokenUri,
        ServiceAccountJson = emu.Credentials.GoogleServiceAccountKeyJson,
        ImpersonatedUser = emu.Credentials.GoogleImpersonatedUser,
        MaxRetries = 0,
    }, TimeProvider.System);

    private static List<GoogleWrite> Writes(int count) => Enumerable.Range(0, count)
        .Select(i => new GoogleWrite(null, null, null, new Dictionary<string, string> { ["names[0].familyName"] = "Limit " + i }, "crm" + i, "crm" + i))
        .ToList();

    [Fact]
    public async Task ABatchPastTheLimit_GivesEveryWriteTheLimitCode_InOneCall()
    {
        await using var emu = await EmulatorHost.StartAsync(new EmulatorOptions { GoogleContactLimit = 3 }, TestContext.CancellationToken);
        using var client = Client(emu);
        var port = new GoogleContactsPort(client, new GooglePortOptions(emu.Credentials.GoogleContactSyncGroup, Paths));

        var outcomes = await port.CreateAsync(Writes(5), TestContext.CancellationToken);

        Assert.All(outcomes, o => Assert.Equal(WriteOutcome.ContactLimit, o.Code));
        Assert.Equal(["crm0", "crm1", "crm2", "crm3", "crm4"], outcomes.Select(o => o.Key));
        Assert.Equal(1, emu.Calls.Count("google POST /v1/people:batchCreateContacts"));
        Assert.Equal(0, emu.Calls.Count("google POST /v1/people:createContact"));
        Assert.Equal(0, emu.Google.Count);
    }

    [Fact]
    public async Task TheRefusalIsRecognisedByConfigurableMarkers()
    {
        var refusal = new GoogleLimitRefusal(400, "FAILED_PRECONDITION", "Storage for people is full.", null);
        await using var emu = await EmulatorHost.StartAsync(new EmulatorOptions { GoogleContactLimit = 1, GoogleContactLimitRefusal = refusal }, TestContext.CancellationToken);
        using var client = Client(emu);
        var options = new GooglePortOptions(emu.Credentials.GoogleContactSyncGroup, Paths) { ContactLimitMarkers = ["storage for people is full"] };
        var port = new GoogleContactsPort(client, options);

        var outcomes = await port.CreateAsync(Writes(2), TestContext.CancellationToken);

        Assert.All(outcomes, o => Assert.Equal(WriteOutcome.ContactLimit, o.Code));
        Assert.Equal(0, emu.Calls.Count("google POST /v1/people:createContact"));
    }

    [Fact]
    public async Task TheAccountsContactsAreCountedInOneCall()
    {
        await using var emu = await EmulatorHost.StartAsync(new EmulatorOptions { GoogleSeedContacts = 30 }, TestContext.CancellationToken);
        using var client = Client(emu);
        IGoogleContacts port = new GoogleContactsPort(client, new GooglePortOptions(emu.Credentials.GoogleContactSyncGroup, Paths));
        emu.Calls.Reset();

        var count = await port.CountContactsAsync(TestContext.CancellationToken);

        Assert.Equal(emu.Google.Count, count);
        Assert.Equal(1, emu.Calls.Count("google GET /v1/people/me/connections"));
    }
}
