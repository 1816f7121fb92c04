using System.Runtime.CompilerServices;
using ContactSync.Emulators;
using ContactSync.Emulators.Quotas;
using ContactSync.Google.Apis.Data;
using ContactSync.Http.Pacing;
using ContactSync.Http.Quotas;
using Google;
using Microsoft.Extensions.Time.Testing;

namespace ContactSync.Google.Tests;

/// <summary>
/// The client's quota model ("our prediction") against the emulator's enforcement ("the service"), with the reported
/// per-user figures: paced calls are never refused, and the pacer stops exactly where the emulator would start refusing.
/// </summary>
public sealed class GooglePacingEmulatorTests
{
    /// <summary>Google's minute in one second.</summary>
    private const double OneSecondMinutes = 60;

    private static GoogleContactsClient Client(EmulatorHost emu, QuotaPacing? pacing, string? account = null) =>
        new(new GoogleClientOptions
        {
            ApiBaseUrl = emu.BaseAddress.ToString(),
            TokenUrl = emu.Credentials.GoogleTokenUri,
            ServiceAccountJson = emu.Credentials.GoogleServiceAccountKeyJson,
            ImpersonatedUser = account ?? emu.Credentials.GoogleImpersonatedUser,
            MaxRetries = 0,
            Pacing = pacing,
        }, TimeProvider.System);

    private static Person[] People(int n, string prefix) =>
        Enumerable.Range(0, n).Select(i => new Person { Names = [new Name { GivenName = "Paced", FamilyName = $"{prefix}{i}" }] }).ToArray();

    /// <summary>
    /// <paramref name="batches"/> batch creates sent at once (the pacer lets one mutation of a user go at a time); returns
    /// the 429s. <paramref name="active"/> counts the calls not finished.
    /// </summary>
    private static async Task<int> BatchCreatesAsync(GoogleContactsClient client, int batches, int contacts, string prefix, StrongBox<int>? active = null)
    {
        var refused = 0;
        active ??= new StrongBox<int>();
        Interlocked.Add(ref active.Value, batches);
        await Task.WhenAll(Enumerable.Range(0, batches).Select(async b =>
        {
            try
            {
                await client.BatchCreateAsync(People(contacts, $"{prefix}{b}-"), "names", TestContext.CancellationToken);
            }
            catch (GoogleApiException e) when ((int)e.HttpStatusCode == 429)
            {
                Interlocked.Increment(ref refused);
            }
            finally
            {
                Interlocked.Decrement(ref active.Value);
            }
        }));
        return refused;
    }

    private static FakeTimeProvider NewClock() => new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));

    /// <summary>
    /// Moves the shared clock on by a quarter of a minute's window whenever every call not finished waits in the pacer (so
    /// never while a call is in flight: the emulator counts each call at the very time the pacer let it go), until
    /// <paramref name="work"/> is done; returns the windows it took.
    /// </summary>
    private static async Task<double> DriveAsync(FakeTimeProvider clock, QuotaPacer pacer, Task work, StrongBox<int> active, QuotaSettings settings)
    {
        var start = clock.GetUtcNow();
        var window = settings.Scaled(TimeSpan.FromMinutes(1));
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (!work.IsCompleted)
        {
            var waiting = pacer.Snapshot().Waiting;
            if (waiting > 0 && waiting == Volatile.Read(ref active.Value) && pacer.Idle)
            {
                clock.Advance(window / 4);
            }
            else
            {
                await Task.Delay(2, deadline.Token);
            }
        }

        return (clock.GetUtcNow() - start) / window;
    }

    [Fact]
    public async Task ABurstOfBatchCreates_PacedByTheReportedPerUserAndAProjectQuota_IsNeverRefused_WhileUnpacedItIs()
    {
        // Reported per-user figures (30 critical write units a minute, 6 per batch: five batches a minute per account) and a
        // project limit of 42 units (seven batches a minute for both accounts together); 2 accounts × 6 batches of 10. The
        // emulators and the pacer share one clock that the test moves only while no call is in flight.
        var clock = NewClock();
        var emulatorOptions = new EmulatorOptions
        {
            TimeProvider = clock,
            AccessTokenLifetime = TimeSpan.FromDays(1),
            Quotas = new QuotaOptions { TimeScale = OneSecondMinutes, Google = GoogleQuotaLimits.ReportedDefaults with { CriticalWritesPerProject = 42 } },
        };
        await using (var unpacedEmu = await EmulatorHost.StartAsync(emulatorOptions, TestContext.CancellationToken))
        {
            using var unpaced = Client(unpacedEmu, null);
            var refused = await BatchCreatesAsync(unpaced, batches: 6, contacts: 10, "U");
            Assert.Equal(1, refused);
            Assert.Equal(1, unpacedEmu.Quotas.Refusals.Snapshot()["google CriticalWritesPerMinutePerProjectPerUser"]);
        }

        await using var emu = await EmulatorHost.StartAsync(emulatorOptions, TestContext.CancellationToken);
        var settings = new QuotaSettings
        {
            TimeScale = OneSecondMinutes,
            WindowMargin = TimeSpan.Zero,
            Google = GoogleQuotaSettings.ReportedDefaults with { CriticalWritesPerProject = 42 },
        };
        var ledger = new InProcessQuotaLedger(settings, clock);
        using var pacer = new QuotaPacer(ledger, clock);
        // A second user of the same Workspace domain (the service account may impersonate any of them).
        var second = "second.user@" + emu.Credentials.GoogleImpersonatedUser.Split('@')[1];
        using var first = Client(emu, new QuotaPacing(pacer, new GoogleQuotaCostModel(settings, emu.Credentials.GoogleImpersonatedUser)));
        using var other = Client(emu, new QuotaPacing(pacer, new GoogleQuotaCostModel(settings, second)), second);

        var active = new StrongBox<int>();
        var burst = Task.WhenAll(BatchCreatesAsync(first, 6, 10, "A", active), BatchCreatesAsync(other, 6, 10, "B", active));
        var windows = await DriveAsync(clock, pacer, burst, active, settings);

        var refusedPaced = await burst;
        Assert.Equal([0, 0], refusedPaced);
        Assert.Empty(emu.Quotas.Refusals.Snapshot());
        Assert.Equal(60, emu.Google.CountOf(emu.Credentials.GoogleImpersonatedUser));
        Assert.Equal(60, emu.Google.CountOf(second));
        // The contacts of each (gzipped) batch body were counted for the daily contact-write quota.
        Assert.Equal(60, ledger.GetStatus(QuotaKeys.GoogleUser(second, GoogleQuotaMetric.ContactWrites))!.Used);
        // 12 batches at 7 a minute for the project: one more minute after the first burst (the quota floor), a little over it.
        Assert.InRange(windows, 1.0, 2.0);
    }

    [Fact]
    public async Task ThePacerStops_ExactlyWhereTheEmulatorStartsRefusing()
    {
        // One frozen clock for the emulator and the pacer: windows never roll, so both count the same calls.
        var clock = NewClock();
        var limits = new GoogleQuotaLimits { CriticalReadsPerUser = 100, CriticalWritesPerUser = 13, FullSyncFirstPagesPerUser = 2, DeletesAndGroupWritesPerUser = 11, GroupReadsPerUser = 3 };
        await using var emu = await EmulatorHost.StartAsync(new EmulatorOptions
        {
            TimeProvider = clock,
            AccessTokenLifetime = TimeSpan.FromDays(1),
            GoogleSeedContacts = 5,
            Quotas = new QuotaOptions { Google = limits },
        }, TestContext.CancellationToken);
        var settings = new QuotaSettings
        {
            WindowMargin = TimeSpan.Zero,
            Google = new GoogleQuotaSettings { CriticalReadsPerUser = 100, CriticalWritesPerUser = 13, FullSyncFirstPagesPerUser = 2, DeletesAndGroupWritesPerUser = 11, GroupReadsPerUser = 3 },
        };
        using var pacer = new QuotaPacer(new InProcessQuotaLedger(settings, clock), clock);
        using var paced = Client(emu, new QuotaPacing(pacer, new GoogleQuotaCostModel(settings, emu.Credentials.GoogleImpersonatedUser)));
        using var probe = Client(emu, null);
        var agree = new Agreement(pacer, emu);

        // Critical writes: 6 units a batch, two fit in 13.
        var created = new List<Person>();
        created.AddRange(await paced.BatchCreateAsync(People(4, "A"), "names", TestContext.CancellationToken));
        created.AddRange(await paced.BatchCreateAsync(People(4, "B"), "names", TestContext.CancellationToken));
        await agree.OnAsync("CriticalWritesPerMinutePerProjectPerUser", ct => paced.BatchCreateAsync(People(4, "C"), "names", ct),
            () => probe.BatchCreateAsync(People(4, "C"), "names", TestContext.CancellationToken));

        // First pages of full syncs: two fit; pages after the first do not count.
        var full = new ConnectionsQuery { PersonFields = "names", PageSize = 2, RequestSyncToken = true };
        var page = await paced.ListConnectionsPageAsync(full, TestContext.CancellationToken);
        await paced.ListConnectionsPageAsync(full with { PageToken = page.NextPageToken }, TestContext.CancellationToken);
        await paced.ListConnectionsPageAsync(full, TestContext.CancellationToken);
        await agree.OnAsync("FullSyncRequestsPerMinutePerProjectPerUser", ct => paced.ListConnectionsPageAsync(full, ct),
            () => probe.ListConnectionsPageAsync(full, TestContext.CancellationToken));

        // Deletes: a batch delete takes 10 of 11, a single delete the last one.
        await paced.BatchDeleteAsync([created[0].ResourceName!, created[1].ResourceName!], TestContext.CancellationToken);
        await paced.DeleteAsync(created[2].ResourceName!, TestContext.CancellationToken);
        await agree.OnAsync("DeletesAndGroupWritesPerMinutePerProjectPerUser", ct => paced.DeleteAsync(created[3].ResourceName!, ct),
            () => probe.DeleteAsync(created[3].ResourceName!, TestContext.CancellationToken));

        // Group reads: three fit.
        for (var i = 0; i < 3; i++)
        {
            await paced.ListGroupsAsync(TestContext.CancellationToken);
        }

        await agree.OnAsync("GroupReadsPerMinutePerProjectPerUser", paced.ListGroupsAsync, () => probe.ListGroupsAsync(TestContext.CancellationToken));
        Assert.Equal(4, emu.Quotas.Refusals.Total("google"));
    }

    /// <summary>
    /// The paced call waits in the pacer (the emulator refused nothing so far); cancelled, it took nothing; the same call sent
    /// without pacing is the emulator's next refusal, on the limit named.
    /// </summary>
    private sealed class Agreement(QuotaPacer pacer, EmulatorHost emu)
    {
        public async Task OnAsync(string limit, Func<CancellationToken, Task> paced, Func<Task> unpaced)
        {
            var refusals = emu.Quotas.Refusals.Total("google");
            using var cts = CancellationTokenSource.CreateLinkedTokenSource(TestContext.CancellationToken);
            var waiting = paced(cts.Token);
            using (var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(30)))
            {
                while (pacer.Snapshot().Waiting == 0 && !waiting.IsCompleted)
                {
                    await Task.Delay(5, deadline.Token);
                }
            }

            Assert.False(waiting.IsCompleted, $"the pacer let through a call the emulator refuses on {limit}");
            Assert.Equal(refusals, emu.Quotas.Refusals.Total("google"));
            await cts.CancelAsync();
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);

            var refused = await Assert.ThrowsAsync<GoogleApiException>(unpaced);
            Assert.Equal(429, (int)refused.HttpStatusCode);
            Assert.Equal(refusals + 1, emu.Quotas.Refusals.Total("google"));
            Assert.Equal(1, emu.Quotas.Refusals.Snapshot().GetValueOrDefault("google " + limit));
        }
    }
}
