using ContactSync.Emulators;
using ContactSync.Emulators.Quotas;
using ContactSync.EndToEnd.Tests.Infrastructure;
using ContactSync.Http.Pacing;
using ContactSync.Testing.Emulation;
using ContactSync.Zoho;
using Microsoft.Extensions.DependencyInjection;
using Proto = ContactSync.Grpc.V1;

namespace ContactSync.EndToEnd.Tests.Quotas;

/// <summary>
/// The measured failure of issue 14's Zoho side: Google → CRM with 1,501 contacts and 100 Zoho credits a day. Paced, the run
/// waits for the credits of the next days instead of failing (a quota stop is a pause), writes every contact once and
/// never gets a 429 — also when another client spent credits the server could only learn of from X-API-CREDITS-REMAINING.
/// </summary>
public sealed class CreditBudgetTests
{
    private const int CreditsPerDay = 100;

    [Fact]
    public async Task GoogleToCrm_1501Contacts_On100CreditsADay_ConvergesOverDays_WithoutA429()
    {
        var clock = new QuotaClock();
        await using var env = await SyncEnvironment.StartAsync(
            new EmulatorOptions
            {
                ZohoSeedContacts = 0,
                GoogleSeedContacts = 1501,
                TimeProvider = clock.Time,
                AccessTokenLifetime = TimeSpan.FromDays(30),
                Quotas = new QuotaOptions { Google = GoogleQuotaLimits.ReportedDefaults, Zoho = ZohoQuotaLimits.ForEdition(ZohoEdition.Standard, 1) with { CreditsPerDay = CreditsPerDay } },
            },
            clock.Time,
            new Dictionary<string, string?>
            {
                ["ContactSync:Quotas:Enabled"] = "true",
                ["ContactSync:Quotas:WindowMargin"] = "00:00:00",
                ["ContactSync:Quotas:Zoho:CreditsPerDay"] = CreditsPerDay.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["ContactSync:Runs:LeaseDuration"] = "3.00:00:00",

                // Heartbeats every two hours: the clock moves in steps of an hour over days.
                ["ContactSync:Quotas:Ledger:Heartbeat"] = "02:00:00",
                ["ContactSync:Quotas:Ledger:SlotLease"] = "06:00:00",
            },
            clock.Install);
        var pacer = env.Server.Services.GetRequiredService<QuotaPacer>();
        var plan = await env.ConfigureAsync("credits", Proto.SyncDirection.GoogleToCrm);

        // Another client of the org spends 55 credits first: the server only learns of them from the responses' header.
        await ForeignCallsAsync(env.Emulator, clock, 55);
        var start = clock.Time.GetUtcNow();

        var events = await clock.DriveAsync(pacer, env.RunAsync(plan.Id), TimeSpan.FromHours(1));

        var run = events[^1].Result.Run;
        Assert.Equal(Proto.RunOutcome.Succeeded, run.Outcome);
        Assert.Equal(1501, run.Crm.Created);
        Assert.Equal(1501, env.Emulator.Zoho.GetAllRecords().Count);
        Assert.Empty(env.Emulator.Quotas.Refusals.Snapshot());

        // 1,501 inserts are 16 calls of 10 credits (160), plus reads and checks, on 100 a day less the 55 spent: days, not minutes.
        var elapsed = clock.Time.GetUtcNow() - start;
        Assert.InRange(elapsed, TimeSpan.FromDays(1), TimeSpan.FromDays(4));
    }

    private static async Task ForeignCallsAsync(EmulatorHost emu, QuotaClock clock, int calls)
    {
        using var http = new HttpClient();
        var client = new ZohoCrmClient(http, EmulatorClientOptions.Zoho(emu), clock.Time);
        for (var i = 0; i < calls; i++)
        {
            await client.CountContactsAsync(null, CancellationToken.None);
        }
    }
}
