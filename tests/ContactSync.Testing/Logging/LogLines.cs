using Microsoft.Extensions.Logging.Testing;

namespace ContactSync.Testing.Logging;

/// <summary>
/// Log entries of a <see cref="FakeLogCollector"/> as text, one line per entry with everything a secret could hide in:
/// <c>Level Category[EventId] message {Key=value | …} exception</c>.
/// </summary>
public static class LogLines
{
    /// <summary>Every entry collected so far, formatted.</summary>
    public static IReadOnlyList<string> Lines(this FakeLogCollector logs)
    {
        ArgumentNullException.ThrowIfNull(logs);
        return logs.GetSnapshot().Select(Format).ToList();
    }

    /// <summary>One entry: level, category, event id, message, structured values and exception text.</summary>
    public static string Format(FakeLogRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var values = record.StructuredState is { } pairs ? string.Join(" | ", pairs.Select(p => $"{p.Key}={p.Value}")) : "";
        return $"{record.Level} {record.Category}[{record.Id.Id}] {record.Message} {{{values}}} {record.Exception}";
    }
}
