namespace ContactSync.Core.Ports;

/// <summary>
/// A field of a successful write whose value the target could not hold as given: it was left out of the write
/// (<paramref name="Written"/> null) or written shortened (<paramref name="Written"/> the text written). The rest of the
/// record was written; the source keeps its value.
/// </summary>
/// <param name="Field">The target field (CRM API name).</param>
/// <param name="Written">The text written instead, or null when the field was not written.</param>
/// <param name="ExpectedType">The field's data type, e.g. "date".</param>
/// <param name="Message">Why, in words.</param>
public sealed record FieldNote(string Field, string? Written, string ExpectedType, string Message);
