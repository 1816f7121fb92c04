namespace ContactSync.Client.Models;

/// <summary>The result of checking stored credentials against the live service.</summary>
public sealed record ConnectionTestInfo
{
    /// <summary>Which connection was tested.</summary>
    public ConnectionKind Kind { get; init; }

    /// <summary>True when a token was obtained and a read call succeeded.</summary>
    public bool Ok { get; init; }

    /// <summary>What was checked, or what failed.</summary>
    public string Message { get; init; } = "";

    /// <summary>The account seen.</summary>
    public string Account { get; init; } = "";

    /// <summary>Round-trip time of the check.</summary>
    public TimeSpan Latency { get; init; }

    /// <inheritdoc />
    public override string ToString() => $"{Kind}: {(Ok ? "OK" : "failed")}" + (Message.Length > 0 ? " - " + Message : "");
}
