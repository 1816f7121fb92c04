using System.Collections.Concurrent;
using ContactSync.Core.Diagnostics;

namespace ContactSync.Testing.Diagnostics;

/// <summary>Records every API call and retry delay a client reports.</summary>
public sealed class RecordingObserver : IApiCallObserver
{
    public ConcurrentQueue<(string Service, string Operation, int Status)> Calls { get; } = new();

    public ConcurrentQueue<TimeSpan> Retries { get; } = new();

    public void OnCall(string service, string operation, int statusCode) => Calls.Enqueue((service, operation, statusCode));

    public void OnRetry(string service, TimeSpan delay) => Retries.Enqueue(delay);
}
