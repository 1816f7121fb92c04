using ContactSync.Emulators;
using ContactSync.Emulators.Quotas;
using ContactSync.EndToEnd.Tests.Infrastructure;
using ContactSync.Google;
using ContactSync.Google.Apis.Data;
using ContactSync.Http.Pacing;
using ContactSync.Http.Quotas;
using Google;
using Microsoft.Extensions.DependencyInjection;
using Proto = ContactSync.Grpc.V1;

namespace ContactSync.EndToEnd.Tests.Quotas;

/// <summary>
/// Runs paced by the server under the quotas the emulators enforce (real windows on one fake clock that moves only while the
/// server waits for quota): the measured failure of issue 14 — 3,000 CRM contacts to Google with critical writes at 60 a
/// minute — runs with no 429 at all.
/// </summary>
public sealed class PacedRunTests
{
    private static readonly TimeSpan Step = TimeSpan.FromSeconds(5);

    /// <summary>Google's reported per-user quotas with critical writes at 60 a minute, and a Standard Zoho org of one user.</summary>
    internal static QuotaOptions EmulatorQuotas { get; } = new()
    {
        Google = GoogleQuotaLimits.ReportedDefaults with { CriticalWritesPerUser = 60 },
        Zoho = ZohoQuotaLimits.ForEdition(ZohoEdition.Standard, 1),
    };

    /// <summary>The server paces by the same figures, on the fake clock (so no margin for network latency is needed).</summary>
    internal static Dictionary<string, string?> ServerQuotas() => new()
    {
        ["ContactSync:Quotas:Enabled"] = "true",
        ["ContactSync:Quotas:WindowMargin"] = "00:00:00",
        ["ContactSync:Quotas:Google:CriticalWritesPerUser"] = "60",
        ["ContactSync:Quotas:Zoho:Edition"] = "Standard",
        ["ContactSync:Quotas:Zoho:Users"] = "1",
    };

    internal static async Task<(SyncEnvironment Env, QuotaPacer Pacer)> StartAsync(QuotaClock clock, int crmContacts, int googleContacts, Dictionary<string, string?>? extra = null)
    {
        var settings = ServerQuotas();
        foreach (var (key, value) in extra ?? [])
        {
            settings[key] = value;
        }

        var env = await SyncEnvironment.StartAsync(
            new EmulatorOptions
            {
                ZohoSeedContacts = crmContacts,
                GoogleSeedContacts = googleContacts,
                TimeProvider = clock.Time,
                AccessTokenLifetime = TimeSpan.FromDays(30),
                Quotas = EmulatorQuotas,
            },
            clock.Time,
            settings,
            clock.Install);
        return (env, env.Server.Services.GetRequiredService<QuotaPacer>());
    }

    [Fact]
    public async Task CrmToGoogle_3000Contacts_UnderCriticalWritesOf60AMinute_RunsWithoutA429()
    {
        var clock = new QuotaClock();
        var (env, pacer) = await StartAsync(clock, crmContacts: 3000, googleContacts: 0);
        await using var _ = env;
        var plan = await env.ConfigureAsync("paced", Proto.SyncDirection.CrmToGoogle);
        var start = clock.Time.GetUtcNow();

        var statusEtas = new List<TimeSpan?>();
        var events = await clock.DriveAsync(pacer, env.RunAsync(plan.Id), Step, async () =>
            statusEtas.Add((await env.Client.GetStatusAsync(new Proto.GetStatusRequest { PlanId = plan.Id }, SyncEnvironment.Auth)).Statuses[0].CurrentRunEta?.ToTimeSpan()));

        var run = events[^1].Result.Run;
        Assert.Equal(Proto.RunOutcome.Succeeded, run.Outcome);
        Assert.Equal(3000, run.Google.Created);

        // While the run waited for the next minute, GetStatus told the time it still needed.
        Assert.Contains(statusEtas, eta => eta > TimeSpan.Zero && eta <= TimeSpan.FromMinutes(1));
        Assert.Equal(0, run.ApiUsage.RetriedCalls);
        Assert.Empty(env.Emulator.Quotas.Refusals.Snapshot());
        Assert.Equal(3000, env.Emulator.Google.CountOf(env.Emulator.Credentials.GoogleImpersonatedUser));

        // 15 batches of 6 units on 60 a minute: the first 10 at once, the rest a minute later — paced, and not much slower.
        var elapsed = clock.Time.GetUtcNow() - start;
        Assert.InRange(elapsed, TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(2));

        // The stream told the time left all along, and the run's recorded prediction is within 10 % of its actual length.
        var progress = events.Where(e => e.Progress is not null).Select(e => e.Progress).ToList();
        Assert.NotEmpty(progress);
        Assert.All(progress.Where(p => p.Phase is Proto.RunPhase.WritingGoogle), p => Assert.NotNull(p.Eta));
        Assert.Contains(progress, p => p.Eta is { Seconds: > 0 } && p.FinishTime is not null);
        var predicted = run.PredictedDuration.ToTimeSpan();
        var actual = run.EndTime.ToDateTimeOffset() - run.StartTime.ToDateTimeOffset();
        Assert.InRange(predicted.TotalSeconds, actual.TotalSeconds * 0.9, actual.TotalSeconds * 1.1);
    }

    [Fact]
    public async Task ADryRun_PredictsTheRealRunsLength_AndGetStatusShowsTheQuotasUse()
    {
        var clock = new QuotaClock();
        var (env, pacer) = await StartAsync(clock, crmContacts: 3000, googleContacts: 0);
        await using var _ = env;
        var plan = await env.ConfigureAsync("paced", Proto.SyncDirection.CrmToGoogle);

        var dry = (await clock.DriveAsync(pacer, env.RunAsync(plan.Id, dryRun: true), Step))[^1].Result.Run;

        // 3,000 creates are 15 batches of 6 units on 60 a minute: the real run needs one window after the first ten.
        Assert.True(dry.DryRun);
        Assert.Equal(3000, dry.Google.Created);
        Assert.Equal(TimeSpan.FromMinutes(1), dry.PredictedDuration.ToTimeSpan());
        Assert.Equal(0, env.Emulator.Google.CountOf(env.Emulator.Credentials.GoogleImpersonatedUser));

        var status = await env.Client.GetStatusAsync(new Proto.GetStatusRequest { PlanId = plan.Id }, SyncEnvironment.Auth);
        var credits = Assert.Single(status.Quotas, q => q.Key == QuotaKeys.ZohoCredits(ServerQuotasOrg).Value);
        Assert.Equal(50_250, credits.Limit); // Standard: 50,000 + 250 per user
        Assert.InRange(credits.Used, 1, 100);
        Assert.Equal(credits.Limit - credits.Used, credits.Available);
        var reads = Assert.Single(status.Quotas, q => q.Key == QuotaKeys.GoogleUser(plan.GoogleAccount, GoogleQuotaMetric.CriticalReads).Value);
        Assert.Equal(60, reads.Limit);
        Assert.Equal(TimeSpan.FromMinutes(1), reads.Window.ToTimeSpan());
        Assert.Equal(1, reads.Factor);
    }

    /// <summary>The name of the deployment's one Zoho org in quota keys.</summary>
    private const string ServerQuotasOrg = "default";

    [Fact]
    public async Task AForeignClientsBurst_OfTheSameAccountsWrites_PausesAndSlowsThePace_AndTheRunSucceeds()
    {
        var clock = new QuotaClock();
        var (env, pacer) = await StartAsync(clock, crmContacts: 600, googleContacts: 0);
        await using var _ = env;
        var plan = await env.ConfigureAsync("paced", Proto.SyncDirection.CrmToGoogle);
        var account = env.Emulator.Credentials.GoogleImpersonatedUser;

        // Another application writes as the same account until Google refuses it: the minute's writes are gone, unknown to the server.
        var foreign = await ForeignBurstAsync(env, clock);

        // The run's first batch is refused (the server counted none of the foreign writes); it pauses, slows down and goes on.
        // (A mutation takes as many critical reads as critical writes; at 60 a minute each, the 429 blames either.)
        QuotaKey[] keys = [QuotaKeys.GoogleUser(account, GoogleQuotaMetric.CriticalReads), QuotaKeys.GoogleUser(account, GoogleQuotaMetric.CriticalWrites)];
        var slowest = 1.0;
        var events = await clock.DriveAsync(pacer, env.RunAsync(plan.Id), Step, async () =>
        {
            foreach (var key in keys)
            {
                slowest = Math.Min(slowest, (await pacer.Ledger.GetStatusAsync(key, CancellationToken.None))?.Factor ?? 1);
            }
        });

        var run = events[^1].Result.Run;
        Assert.Equal(Proto.RunOutcome.Succeeded, run.Outcome);
        Assert.Equal(600, run.Google.Created);
        Assert.Equal(600 + foreign, env.Emulator.Google.CountOf(account));
        var refusals = env.Emulator.Quotas.Refusals.Total("google");
        Assert.InRange(refusals, 2, 3); // the foreign client's one, and the server's first batch (at most once more after the pause)
        Assert.True(slowest < 1, "the refusal did not slow the account's mutations down");
    }

    /// <summary>An unpaced client of the same account creates contacts one by one until refused; returns how many it created.</summary>
    private static async Task<int> ForeignBurstAsync(SyncEnvironment env, QuotaClock clock)
    {
        var emu = env.Emulator;
        using var client = new GoogleContactsClient(new GoogleClientOptions
        {
            ApiBaseUrl = emu.BaseAddress.ToString(),
            TokenUrl = emu.Credentials.GoogleTokenUri,
            ServiceAccountJson = emu.Credentials.GoogleServiceAccountKeyJson,
            ImpersonatedUser = emu.Credentials.GoogleImpersonatedUser,
            MaxRetries = 0,
        }, clock.Time);
        for (var created = 0; ; created++)
        {
            try
            {
                await client.BatchCreateAsync([new Person { Names = [new Name { GivenName = "Foreign", FamilyName = $"F{created}" }] }], "names", CancellationToken.None);
            }
            catch (GoogleApiException e) when ((int)e.HttpStatusCode == 429)
            {
                return created;
            }
        }
    }

    [Fact]
    public async Task TwoServersOnOneDatabase_RunningPlansOfTheSameAccountAtOnce_ShareOneBudget_AndGetNo429()
    {
        var clock = new QuotaClock();
        var (env, first) = await StartAsync(clock, crmContacts: 1500, googleContacts: 0);
        await using var _ = env;
        var other = await env.StartTestServerAsync();
        var second = other.Host.Services.GetRequiredService<QuotaPacer>();
        var users = env.Emulator.Credentials.ZohoUserIds;
        var a = await env.ConfigureAsync("server one", Proto.SyncDirection.CrmToGoogle);
        var b = await env.ConfigureAsync("server two", Proto.SyncDirection.CrmToGoogle, p =>
        {
            // Another CRM user's plan on the same Google account (assigned by the admin key), into another group of it.
            p.CrmUserId = users["standard"];
            p.GoogleAccount = a.GoogleAccount;
            p.GoogleGroup = env.Emulator.Google.FamilyGroupResourceName;
        });

        // Each server alone would pace to the full 60 a minute: together they would exceed it, unless they share the budget.
        var runs = Task.WhenAll(env.RunAsync(a.Id), env.RunAsync(b.Id, client: new Proto.ContactSync.ContactSyncClient(other.Channel())));
        var events = await clock.DriveAsync([first, second], runs, Step);

        Assert.All(events, e => Assert.Equal(Proto.RunOutcome.Succeeded, e[^1].Result.Run.Outcome));
        Assert.Empty(env.Emulator.Quotas.Refusals.Snapshot());
        Assert.True(second.Snapshot().GrantedByPlan.GetValueOrDefault(b.Id) > 0, "the second server's run made no paced call");
    }
}
