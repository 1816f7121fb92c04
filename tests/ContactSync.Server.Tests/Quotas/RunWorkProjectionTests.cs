using ContactSync.Core.Engine;
using ContactSync.Http.Pacing;
using ContactSync.Http.Quotas;
using ContactSync.Server.Quotas;
using Microsoft.Extensions.Time.Testing;

namespace ContactSync.Server.Tests.Quotas;

/// <summary>The calls a run still needs (from its scope and progress) and the time the quotas give them.</summary>
public sealed class RunWorkProjectionTests
{
    private static SyncProgress Progress(EnginePhase phase, long processed, long total, int googleWrites = 0, int crmWrites = 0) =>
        new(phase, processed, total, new SideTally { Created = crmWrites }, new SideTally { Created = googleWrites }, 0, 0, "");

    [Fact]
    public void FirstCrmToGoogleSync_BeforeItStarts_ReadsEveryPage_AndWritesEveryRecordToGoogle()
    {
        var work = RunWorkProjection.Remaining(new RunScope(3000, null, WritesGoogle: true, WritesCrm: false), null);

        Assert.Equal(new RunWork(CrmPages: 15, GooglePages: 0, GoogleWrites: 3000, CrmWrites: 0), work);
    }

    [Fact]
    public void DuringTheRun_WhatWasProcessedAndWritten_IsNoLongerNeeded()
    {
        var scope = new RunScope(3000, 450, WritesGoogle: true, WritesCrm: true);

        var work = RunWorkProjection.Remaining(scope, Progress(EnginePhase.WritingGoogle, 1000, 0, googleWrites: 800, crmWrites: 50));

        Assert.Equal(new RunWork(CrmPages: 10, GooglePages: 0, GoogleWrites: 2200, CrmWrites: 400), work);
    }

    [Fact]
    public void IncrementalRun_WithoutCounts_IsPredictedFromWhatItRead()
    {
        var scope = new RunScope(null, null, WritesGoogle: true, WritesCrm: true);

        Assert.Equal(RunWork.None, RunWorkProjection.Remaining(scope, null));
        Assert.Equal(new RunWork(0, 0, 12, 0), RunWorkProjection.Remaining(scope, Progress(EnginePhase.Finishing, 40, 40, googleWrites: 28)));
    }

    [Fact]
    public async Task TheEstimate_IsTheLeastTimeOfTheBindingQuota_WithWhatTheLedgerHasFreeNow()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.Zero));
        var settings = new QuotaSettings { WindowMargin = TimeSpan.Zero, Google = GoogleQuotaSettings.ReportedDefaults with { CriticalWritesPerUser = 60 } };
        using var pacer = new QuotaPacer(new InProcessQuotaLedger(settings, clock), clock);
        var quotas = new ServerQuotas(settings, "default", pacer);
        var view = RunQuotaView.None with { Google = quotas.GoogleModel("a@example.com") };
        var estimator = new RunEtaEstimator(quotas, new RunDemands(), clock);

        // 15 batches of 6 critical read and write units on 60 a minute each: ten now, five a minute later.
        Assert.Equal(TimeSpan.FromMinutes(1), await estimator.EstimateAsync(view, new RunWork(0, 0, 3000, 0), "run-a", CancellationToken.None));

        // Another client took the minute's units: all 15 batches wait, ten a minute.
        var full = quotas.GoogleModel("a@example.com").ChargesOf(GoogleQuotaCalls.BatchCreate(200));
        for (var i = 0; i < 10; i++)
        {
            (await pacer.AcquireAsync(full, "plan-b", CancellationToken.None)).Dispose();
        }

        Assert.Equal(TimeSpan.FromMinutes(2), await estimator.EstimateAsync(view, new RunWork(0, 0, 3000, 0), "run-a", CancellationToken.None));
    }
}
