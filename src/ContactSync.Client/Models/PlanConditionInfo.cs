namespace ContactSync.Client.Models;

/// <summary>A condition that holds for a whole plan rather than one record, e.g. the Google account's contact limit.</summary>
public sealed record PlanConditionInfo
{
    /// <summary>A stable code, e.g. "GOOGLE_CONTACT_LIMIT".</summary>
    public string Code { get; init; } = "";

    /// <summary>What it means and what to do.</summary>
    public string Message { get; init; } = "";

    /// <summary>Contacts waiting because of it (0 when it does not apply).</summary>
    public long Waiting { get; init; }

    /// <inheritdoc />
    public override string ToString() => Waiting > 0 ? $"{Code}: {Message} ({Waiting} waiting)" : $"{Code}: {Message}";
}
