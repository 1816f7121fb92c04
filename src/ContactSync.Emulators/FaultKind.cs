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

    /// <summary>
    /// A write is applied, then the service answers 500 with its error body instead of the result, so the client cannot
    /// tell that the write happened. Only write calls (not GET) are hit.
    /// </summary>
    AppliedThenInternalError,

    /// <summary>A write is applied, then the connection is aborted without a response. Only write calls are hit.</summary>
    AppliedThenDrop,

    /// <summary>
    /// A write is applied, then no response is sent until the client gives up and aborts the request (its timeout).
    /// Only write calls are hit.
    /// </summary>
    AppliedThenTimeout,
}
