using System.Management.Automation;
using ContactSync.Client.Models;
using ContactSync.PowerShell.Internal;

namespace ContactSync.Module.Tests;

public sealed class RunProgressRecordsTests
{
    [Fact]
    public void Follow_ProgressThenResult_WritesOneRecordPerProgressThenCompletedAndReturnsTheRun()
    {
        var events = new Queue<RunEventInfo>(new[]
        {
            Progress(RunPhase.Queued, 0, 0),
            Progress(RunPhase.ReadingCrm, 50, 200, message: "page 1"),
            Progress(RunPhase.WritingGoogle, 200, 200, googleCreated: 12),
            new RunEventInfo { RunId = "r1", Result = new SyncRunInfo { Id = "r1", Outcome = RunOutcome.PartiallySucceeded } },
            Progress(RunPhase.Done, 1, 1), // never read: the result ends the stream
        });
        var written = new List<ProgressRecord>();

        var run = RunProgressRecords.Follow(() => events.Count > 0 ? events.Dequeue() : null, written.Add, "ContactSync 'Sales'");

        Assert.Equal("r1", run?.Id);
        Assert.Single(events);
        Assert.Equal(new[] { -1, 25, 100, 100 }, written.Select(r => r.PercentComplete));
        Assert.Equal(new[] { ProgressRecordType.Processing, ProgressRecordType.Processing, ProgressRecordType.Processing, ProgressRecordType.Completed }, written.Select(r => r.RecordType));
        Assert.All(written, r => Assert.Equal(RunProgressRecords.ActivityId, r.ActivityId));
        Assert.All(written, r => Assert.Equal("ContactSync 'Sales'", r.Activity));
        Assert.Equal("Queued: 0 contacts; CRM +0 ~0 -0 !0; Google +0 ~0 -0 !0; 0 conflicts, 0 errors", written[0].StatusDescription);
        Assert.Equal("Writing Google Contacts: 200 of 200 contacts; CRM +0 ~0 -0 !0; Google +12 ~0 -0 !0; 0 conflicts, 3 errors", written[2].StatusDescription);
        Assert.Equal("page 1", written[1].CurrentOperation);
        Assert.Equal("Partially succeeded", written[3].StatusDescription);
    }

    [Fact]
    public void Follow_StreamEndsWithoutResult_ReturnsNullAndStillCompletesTheBar()
    {
        var events = new Queue<RunEventInfo>(new[] { Progress(RunPhase.ReadingCrm, 1, 10) });
        var written = new List<ProgressRecord>();

        var run = RunProgressRecords.Follow(() => events.Count > 0 ? events.Dequeue() : null, written.Add, "a");

        Assert.Null(run);
        Assert.Equal(2, written.Count);
        Assert.Equal(ProgressRecordType.Completed, written[1].RecordType);
        Assert.Equal("Stopped", written[1].StatusDescription);
    }

    [Fact]
    public void Follow_NextThrowsCancellation_PropagatesWithoutWritingACompletedRecord()
    {
        var written = new List<ProgressRecord>();
        var calls = 0;

        Assert.Throws<OperationCanceledException>(() => RunProgressRecords.Follow(
            () => ++calls == 1 ? Progress(RunPhase.ReadingCrm, 1, 10) : throw new OperationCanceledException(),
            written.Add,
            "a"));

        Assert.Single(written);
        Assert.Equal(ProgressRecordType.Processing, written[0].RecordType);
    }

    [Fact]
    public void TheServersEta_IsTheBarsSecondsRemaining_RoundedUp_AndUnknownWithoutOne()
    {
        var events = new Queue<RunEventInfo>(new[]
        {
            Progress(RunPhase.ReadingCrm, 1, 10),
            Progress(RunPhase.WritingGoogle, 5, 10, eta: TimeSpan.FromSeconds(90.2)),
            Progress(RunPhase.WritingGoogle, 9, 10, eta: TimeSpan.Zero),
        });
        var written = new List<ProgressRecord>();

        RunProgressRecords.Follow(() => events.Count > 0 ? events.Dequeue() : null, written.Add, "a");

        Assert.Equal(new[] { -1, 91, 0 }, written.Take(3).Select(r => r.SecondsRemaining));
    }

    private static RunEventInfo Progress(RunPhase phase, long processed, long total, string message = "", int googleCreated = 0, TimeSpan? eta = null) => new()
    {
        RunId = "r1",
        Progress = new RunProgressInfo
        {
            RunId = "r1",
            Phase = phase,
            Processed = processed,
            Total = total,
            Message = message,
            Google = new SideCountsInfo { Created = googleCreated },
            Errors = googleCreated > 0 ? 3 : 0,
            Eta = eta,
        },
    };
}
