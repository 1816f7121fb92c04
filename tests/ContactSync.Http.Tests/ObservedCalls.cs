using System.Collections.Concurrent;
using ContactSync.Core.Diagnostics;

namespace ContactSync.Http.Tests;

/// <summary>What the pipeline told its observer and its retry log.</summary>
internal sealed class ObservedCalls : IApiCallObserver
{
    public ConcurrentQueue<(string Service, string Operation, int Status)> Calls { get; } = new();

    public ConcurrentQueue<TimeSpan> Retries { get; } = new();

    public ConcurrentQueue<(string Operation, int Status, int Attempt, double DelayMs)> Logged { get; } = new();

    public void OnCall(string service, string operation, int statusCode) => Calls.Enqueue((service, operation, statusCode));

    public void OnRetry(string service, TimeSpan delay) => Retries.Enqueue(delay);

    public void Log(string operation, int statusCode, int attempt, double delayMs) => Logged.Enqueue((operation, statusCode, attempt, delayMs));

    public int[] Statuses => Calls.Select(c => c.Status).ToArray();
}
