namespace ContactSync.Emulators;

/// <summary>Kinds of injectable faults.</summary>
public enum FaultKind
{
    /// <summary>429 with a Retry-After header and the service's error body.</summary>
    TooManyRequests,

    /// <summary>500 with the service's error body.</summary>
    InternalError,

    /// <summary>503 with the service's error body.</summary>
    ServiceUnavailable,

    /// <summary>Added latency before the request is served normally.</summary>
    Latency,

    /// <summary>The connection is aborted without a response.</summary>
    Drop,
}
