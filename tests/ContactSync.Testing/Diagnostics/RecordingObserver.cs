using System.Collections.Concurrent;
using ContactSync.Core.Diagnostics;

namespace ContactSync.Testing.Diagnostics;

/// <summary>Records every API call and retry a client reports, and the retries it logs (<see cref="Log"/> fits the clients' retry log).</summary>
public sealed class RecordingObserver : IApiCallObserver
{
    public ConcurrentQueue<(string Service, string Operation, int Status)> Calls { get; } = new();

    public ConcurrentQueue<TimeSpan> Retries { get; } = new();

    public ConcurrentQueue<(string Operation, int Status, int Attempt, double DelayMs)> Logged { get; } = new();

    /// <summary>The status of every call in order (0: no answer).</summary>
    public int[] Statuses => Calls.Select(c => c.Status).ToArray();

    public void OnCall(string service, string operation, int statusCode) => Calls.Enqueue((service, operation, statusCode));

    public void OnRetry(string service, TimeSpan delay) => Retries.Enqueue(delay);

    /// <summary>Records one logged retry: the call, its status, the retry's number and its wait.</summary>
    public void Log(string operation, int statusCode, int attempt, double delayMs) => Logged.Enqueue((operation, statusCode, attempt, delayMs));
}
