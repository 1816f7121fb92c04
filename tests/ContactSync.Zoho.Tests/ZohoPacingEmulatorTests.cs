using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using ContactSync.Emulators;
using ContactSync.Emulators.Quotas;
using ContactSync.Http.Pacing;
using ContactSync.Http.Quotas;
using ContactSync.Testing.Emulation;
using Microsoft.Extensions.Time.Testing;

namespace ContactSync.Zoho.Tests;

/// <summary>
/// The client's quota model ("our prediction") against the emulator's enforcement ("the service"): paced calls are never
/// refused, and the pacer stops exactly where the emulator would start refusing.
/// </summary>
public sealed class ZohoPacingEmulatorTests
{
    /// <summary>24 hours in two seconds.</summary>
    private const double TwoSecondDays = 43_200;

    private static ZohoCrmClient Client(EmulatorHost emu, QuotaPacing? pacing, int maxRetries = 0)
    {
        var options = EmulatorClientOptions.Zoho(emu);
        options.MaxRetries = maxRetries;
        options.BaseRetryDelay = TimeSpan.FromMilliseconds(10);
        options.Pacing = pacing;
        return new(new HttpClient(), options, TimeProvider.System);
    }

    private static FakeTimeProvider NewClock() => new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));

    /// <summary>The emulator on the test's clock, with <paramref name="limits"/> and days of two seconds.</summary>
    private static Task<EmulatorHost> StartAsync(FakeTimeProvider clock, ZohoQuotaLimits limits) =>
        EmulatorHost.StartAsync(new EmulatorOptions
        {
            TimeProvider = clock,
            AccessTokenLifetime = TimeSpan.FromDays(1),
            Quotas = new QuotaOptions { TimeScale = TwoSecondDays, Zoho = limits },
        }, TestContext.CancellationToken);

    /// <summary>
    /// The same figures as the emulator's, the same compression, no window margin: the emulator and the pacer share one clock
    /// that moves only while no call is in flight, so the emulator counts each call at the very time the pacer let it go.
    /// </summary>
    private static QuotaSettings Settings(ZohoQuotaSettings zoho) => new() { TimeScale = TwoSecondDays, WindowMargin = TimeSpan.Zero, Zoho = zoho };

    /// <summary>
    /// Moves the shared clock on by an eighth of a window whenever every caller still working waits in the pacer (so never while
    /// a call is in flight), until <paramref name="work"/> is done; returns the windows it took.
    /// </summary>
    private static async Task<double> DriveAsync(FakeTimeProvider clock, QuotaPacer pacer, Task work, StrongBox<int> active, QuotaSettings settings)
    {
        var start = clock.GetUtcNow();
        var window = settings.Scaled(TimeSpan.FromDays(1));
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (!work.IsCompleted)
        {
            var waiting = pacer.Snapshot().Waiting;
            if (waiting > 0 && waiting == Volatile.Read(ref active.Value) && pacer.Idle)
            {
                clock.Advance(window / 8);
            }
            else
            {
                await Task.Delay(2, deadline.Token);
            }
        }

        return (clock.GetUtcNow() - start) / window;
    }

    private static JsonObject[] Records(int n, string prefix) =>
        Enumerable.Range(0, n).Select(i => new JsonObject { ["Last_Name"] = $"{prefix}{i}", ["First_Name"] = "Paced" }).ToArray();

    /// <summary>
    /// <paramref name="workers"/> callers, each sending <paramref name="callsEach"/> inserts one after the other; returns the 429s.
    /// <paramref name="active"/> counts the callers still working.
    /// </summary>
    private static async Task<int> InsertBurstAsync(ZohoCrmClient client, int workers, int callsEach, int records, StrongBox<int>? active = null)
    {
        var refused = 0;
        active ??= new StrongBox<int>();
        Interlocked.Add(ref active.Value, workers);
        await Task.WhenAll(Enumerable.Range(0, workers).Select(async w =>
        {
            try
            {
                for (var c = 0; c < callsEach; c++)
                {
                    try
                    {
                        await client.InsertContactsAsync(Records(records, $"W{w}C{c}R"), TestContext.CancellationToken);
                    }
                    catch (ZohoApiException e) when (e.HttpStatus == 429)
                    {
                        Interlocked.Increment(ref refused);
                    }
                }
            }
            finally
            {
                Interlocked.Decrement(ref active.Value);
            }
        }));
        return refused;
    }

    [Fact]
    public async Task ABurstOfInserts_PacedByCreditsAndConcurrency_IsNeverRefused_WhileUnpacedItIs()
    {
        // A Free org (5 calls at once, sub-concurrency 10) with 60 credits a day; 8 callers × 5 inserts of 20 records = 80 credits.
        var limits = ZohoQuotaLimits.ForEdition(ZohoEdition.Free, 1) with { CreditsPerDay = 60 };
        var clock = NewClock();
        await using (var unpacedEmu = await StartAsync(clock, limits))
        {
            var refused = await InsertBurstAsync(Client(unpacedEmu, null), workers: 8, callsEach: 5, records: 20);
            Assert.True(unpacedEmu.Quotas.Refusals.Snapshot().GetValueOrDefault("zoho CreditsPerDay") > 0, "the burst must exceed the window without pacing");
            Assert.Equal(unpacedEmu.Quotas.Refusals.Total("zoho"), refused);
        }

        await using var emu = await StartAsync(clock, limits);
        // The emulator frees a slot just after it has written the response, which the client may have read already: the
        // default reserve of one slot covers one such late release; two keep this test safe on a loaded machine.
        var settings = Settings(ZohoQuotaSettings.ForEdition(ZohoCrmEdition.Free, 1) with { CreditsPerDay = 60 }) with { ConcurrencyReserve = 2 };
        using var pacer = new QuotaPacer(new InProcessQuotaLedger(settings, clock), clock);
        var before = emu.Zoho.Count;

        var active = new StrongBox<int>();
        var burst = InsertBurstAsync(Client(emu, new QuotaPacing(pacer, new ZohoQuotaCostModel(settings))), workers: 8, callsEach: 5, records: 20, active);
        var windows = await DriveAsync(clock, pacer, burst, active, settings);

        Assert.Equal(0, await burst);
        Assert.Empty(emu.Quotas.Refusals.Snapshot());
        Assert.Equal(before + 800, emu.Zoho.Count);
        Assert.InRange(windows, 1.0, 2.0);
    }

    [Fact]
    public async Task CreditsSpentByAnotherClient_AreLearntFromTheRemainingHeader_AndPacedAround()
    {
        var clock = NewClock();
        await using var emu = await StartAsync(clock, new ZohoQuotaLimits { CreditsPerDay = 100 });
        var foreign = Client(emu, null);
        for (var i = 0; i < 7; i++)
        {
            await foreign.InsertContactsAsync(Records(100, $"F{i}R"), TestContext.CancellationToken);
        }

        var settings = Settings(new ZohoQuotaSettings { CreditsPerDay = 100 });
        var ledger = new InProcessQuotaLedger(settings, clock);
        using var pacer = new QuotaPacer(ledger, clock);
        var paced = Client(emu, new QuotaPacing(pacer, new ZohoQuotaCostModel(settings)));

        await paced.CountContactsAsync(null, TestContext.CancellationToken);
        Assert.Equal(71, ledger.GetStatus(QuotaKeys.ZohoCredits("default"))!.Used);
        var active = new StrongBox<int>();
        var burst = InsertBurstAsync(paced, workers: 2, callsEach: 5, records: 100, active);
        await DriveAsync(clock, pacer, burst, active, settings);

        Assert.Equal(0, await burst);
        Assert.Empty(emu.Quotas.Refusals.Snapshot());
    }

    [Fact]
    public async Task ThePacerStops_ExactlyWhereTheEmulatorStartsRefusing()
    {
        // One frozen clock for the emulator and the pacer: windows never roll, so both count the same calls.
        var clock = NewClock();
        var limits = new ZohoQuotaLimits { CreditsPerDay = 25, Concurrency = 5, SubConcurrency = 10, CvidReadCredits = 3 };
        await using var emu = await EmulatorHost.StartAsync(new EmulatorOptions
        {
            TimeProvider = clock,
            AccessTokenLifetime = TimeSpan.FromDays(1),
            ZohoSeedContacts = 20,
            Quotas = new QuotaOptions { Zoho = limits },
        }, TestContext.CancellationToken);
        var settings = new QuotaSettings
        {
            WindowMargin = TimeSpan.Zero,
            ConcurrencyReserve = 0,
            Zoho = new ZohoQuotaSettings { CreditsPerDay = 25, Concurrency = 5, SubConcurrency = 10, CvidReadCredits = 3 },
        };
        using var pacer = new QuotaPacer(new InProcessQuotaLedger(settings, clock), clock);
        var paced = Client(emu, new QuotaPacing(pacer, new ZohoQuotaCostModel(settings)));
        var probe = Client(emu, null);

        // 1 credit for the views, 3 for a read of a list view (one page of the 20 seeded records).
        var view = (await paced.GetContactViewsAsync(TestContext.CancellationToken))[0].Id;
        var query = new ZohoListQuery { Fields = ["Last_Name"], CustomViewId = view };
        await ReadAllAsync(paced, query, TestContext.CancellationToken);

        // Two inserts of 100 records (10 credits each) fit in the 21 left; a third does not.
        await paced.InsertContactsAsync(Records(100, "A"), TestContext.CancellationToken);
        await paced.InsertContactsAsync(Records(100, "B"), TestContext.CancellationToken);
        await PacerAndEmulatorAgreeAsync(pacer, emu, ct => paced.InsertContactsAsync(Records(100, "C"), ct),
            () => probe.InsertContactsAsync(Records(100, "C"), TestContext.CancellationToken));

        // 24 spent: a list-view read (3) does not fit.
        await PacerAndEmulatorAgreeAsync(pacer, emu, ct => ReadAllAsync(paced, query, ct), () => ReadAllAsync(probe, query, TestContext.CancellationToken));

        // The last credit: one plain call fits, the next does not.
        await paced.CountContactsAsync(null, TestContext.CancellationToken);
        await PacerAndEmulatorAgreeAsync(pacer, emu, ct => paced.CountContactsAsync(null, ct), () => probe.CountContactsAsync(null, TestContext.CancellationToken));
        Assert.Equal(3, emu.Quotas.Refusals.Total("zoho"));
    }

    private static async Task ReadAllAsync(ZohoCrmClient client, ZohoListQuery query, CancellationToken cancellationToken)
    {
        await foreach (var _ in client.ListContactsAsync(query, cancellationToken))
        {
        }
    }

    /// <summary>
    /// The paced call waits in the pacer (the emulator refused nothing so far); cancelled, it took nothing; the same call sent
    /// without pacing is the emulator's next refusal.
    /// </summary>
    private static async Task PacerAndEmulatorAgreeAsync(QuotaPacer pacer, EmulatorHost emu, Func<CancellationToken, Task> paced, Func<Task> unpaced)
    {
        var refusals = emu.Quotas.Refusals.Total("zoho");
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(TestContext.CancellationToken);
        var waiting = paced(cts.Token);
        using (var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(30)))
        {
            while (pacer.Snapshot().Waiting == 0 && !waiting.IsCompleted)
            {
                await Task.Delay(5, deadline.Token);
            }
        }

        Assert.False(waiting.IsCompleted, "the pacer let through a call the emulator would refuse");
        Assert.Equal(refusals, emu.Quotas.Refusals.Total("zoho"));
        await cts.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);

        var refused = await Assert.ThrowsAsync<ZohoApiException>(unpaced);
        Assert.Equal(429, refused.HttpStatus);
        Assert.Equal(refusals + 1, emu.Quotas.Refusals.Total("zoho"));
        Assert.Equal(refusals + 1, emu.Quotas.Refusals.Snapshot()["zoho CreditsPerDay"]);
    }
}
