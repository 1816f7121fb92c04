using System.Globalization;
using System.Management.Automation;
using ContactSync.Client.Models;

namespace ContactSync.PowerShell.Internal;

/// <summary>Turns a run's event stream into one updating progress bar and the final run.</summary>
internal static class RunProgressRecords
{
    public const int ActivityId = 0x5C;

    public static ProgressRecord FromProgress(RunProgressInfo progress, string activity)
    {
        var status = string.Format(
            CultureInfo.InvariantCulture,
            "{0}: {1}{2} contacts; CRM {3}; Google {4}; {5} conflicts, {6} errors",
            Describe(progress.Phase),
            progress.Processed,
            progress.Total > 0 ? " of " + progress.Total.ToString(CultureInfo.InvariantCulture) : "",
            progress.Crm,
            progress.Google,
            progress.Conflicts,
            progress.Errors);
        var record = new ProgressRecord(ActivityId, activity, status)
        {
            PercentComplete = progress.PercentComplete,
            RecordType = ProgressRecordType.Processing,
            SecondsRemaining = progress.Eta is { } eta ? (int)Math.Min(int.MaxValue, Math.Ceiling(eta.TotalSeconds)) : -1,
        };
        if (!string.IsNullOrEmpty(progress.Message))
        {
            record.CurrentOperation = progress.Message;
        }

        return record;
    }

    public static ProgressRecord Completed(string activity, SyncRunInfo? run) =>
        new(ActivityId, activity, run is null ? "Stopped" : Describe(run.Outcome))
        {
            PercentComplete = 100,
            RecordType = ProgressRecordType.Completed,
        };

    /// <summary>
    /// Reads events from <paramref name="next"/> (null = stream ended) until the result, writing one progress
    /// record per progress event and a completed record at the end. Returns the ended run, or null when the
    /// stream ended without a result.
    /// </summary>
    public static SyncRunInfo? Follow(Func<RunEventInfo?> next, Action<ProgressRecord> writeProgress, string activity)
    {
        SyncRunInfo? result = null;
        for (var e = next(); e is not null; e = next())
        {
            if (e.Result is not null)
            {
                result = e.Result;
                break;
            }

            if (e.Progress is not null)
            {
                writeProgress(FromProgress(e.Progress, activity));
            }
        }

        // Not in a finally: on Ctrl+C the pipeline is stopping and Write* would throw over the cancellation.
        writeProgress(Completed(activity, result));
        return result;
    }

    private static string Describe(RunPhase phase) => phase switch
    {
        RunPhase.Queued => "Queued",
        RunPhase.ReadingCrm => "Reading Zoho CRM",
        RunPhase.ReadingGoogle => "Reading Google Contacts",
        RunPhase.Planning => "Planning",
        RunPhase.WritingGoogle => "Writing Google Contacts",
        RunPhase.WritingCrm => "Writing Zoho CRM",
        RunPhase.Finishing => "Finishing",
        RunPhase.Done => "Done",
        _ => "Running",
    };

    private static string Describe(RunOutcome outcome) => outcome switch
    {
        RunOutcome.PartiallySucceeded => "Partially succeeded",
        RunOutcome.PausedByBreaker => "Paused by the mass-deletion breaker",
        _ => outcome.ToString(),
    };
}
