namespace ContactSync.Core.Plans;

/// <summary>A request had invalid fields; carries every violation found, not only the first.</summary>
public sealed class ValidationFailedException : Exception
{
    /// <summary>Creates the exception from the violations found.</summary>
    /// <param name="violations">Every invalid field (at least one).</param>
    public ValidationFailedException(IReadOnlyList<FieldViolation> violations)
        : base(BuildMessage(violations))
    {
        Violations = violations;
    }

    /// <summary>Creates the exception for a single violation.</summary>
    /// <param name="field">The field path in proto form.</param>
    /// <param name="description">Why the value is not accepted.</param>
    public ValidationFailedException(string field, string description)
        : this([new FieldViolation(field, description)])
    {
    }

    /// <summary>Every invalid field.</summary>
    public IReadOnlyList<FieldViolation> Violations { get; }

    private static string BuildMessage(IReadOnlyList<FieldViolation> violations)
    {
        ArgumentNullException.ThrowIfNull(violations);
        return violations.Count == 1
            ? $"Invalid request: {violations[0].Field}: {violations[0].Description}"
            : $"Invalid request: {violations.Count} fields are invalid ({Listing(violations)}).";
    }

    /// <summary>The first few field paths (a long list would make the status too big for clients), then how many more.</summary>
    private static string Listing(IReadOnlyList<FieldViolation> violations)
    {
        const int shown = 10;
        var fields = violations.Select(v => v.Field.Length > 80 ? v.Field[..80] + "…" : v.Field).Distinct().ToList();
        return fields.Count <= shown ? string.Join(", ", fields) : $"{string.Join(", ", fields.Take(shown))} and {fields.Count - shown} more";
    }
}
