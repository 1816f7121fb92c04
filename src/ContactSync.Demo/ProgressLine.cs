using System.Globalization;
using Proto = ContactSync.Grpc.V1;

namespace ContactSync.Demo;

/// <summary>
/// Renders one progress event as one line of at most <see cref="MaxWidth"/> characters. The engine's phases interleave
/// (each CRM page is read, matched and written before the next), so the line shows the run's three stages in order:
/// 1/3 reading Google's contacts, 2/3 matching and writing page by page, 3/3 saving the cursors.
/// </summary>
internal static class ProgressLine
{
    /// <summary>Fits an 80-column terminal with the two-space indent of a log line and the cursor.</summary>
    public const int MaxWidth = 77;

    private const int BarWidth = 10;

    public static string Render(Proto.RunProgress progress)
    {
        string bar;
        string amount;
        if (progress.Total > 0)
        {
            var fraction = Math.Clamp((double)progress.Processed / progress.Total, 0, 1);
            var filled = (int)Math.Round(fraction * BarWidth);
            bar = new string('#', filled) + new string('.', BarWidth - filled);
            amount = ((int)Math.Round(fraction * 100)).ToString(CultureInfo.InvariantCulture) + "%";
        }
        else
        {
            // The total is unknown while the CRM pages are still being read: the count of records compared so far.
            bar = new string('~', BarWidth);
            amount = progress.Processed.ToString(CultureInfo.InvariantCulture);
        }

        var line = string.Create(CultureInfo.InvariantCulture,
            $"[{bar}] {amount,5} {Stage(progress.Phase),-18} Google {Counts(progress.Google)}  CRM {Counts(progress.Crm)}");
        if (progress.Errors > 0 && line.Length + 11 <= MaxWidth)
        {
            line += string.Create(CultureInfo.InvariantCulture, $"  errors {progress.Errors}");
        }

        return line.Length <= MaxWidth ? line : line[..(MaxWidth - 1)] + "…";
    }

    /// <summary>The stage of a phase; stages only move forward during a run.</summary>
    public static string Stage(Proto.RunPhase phase) => phase switch
    {
        Proto.RunPhase.ReadingGoogle => "1/3 reading Google",
        Proto.RunPhase.ReadingCrm or Proto.RunPhase.Planning or Proto.RunPhase.WritingGoogle or Proto.RunPhase.WritingCrm => "2/3 match & write",
        Proto.RunPhase.Finishing or Proto.RunPhase.Done => "3/3 finishing",
        _ => "starting",
    };

    private static string Counts(Proto.SideCounts counts) =>
        string.Create(CultureInfo.InvariantCulture, $"+{counts.Created} ~{counts.Updated} -{counts.Deleted}");
}
