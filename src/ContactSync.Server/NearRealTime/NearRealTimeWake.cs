namespace ContactSync.Server.NearRealTime;

/// <summary>Wakes the near-real-time dispatcher early (a notification arrived) instead of at its next tick.</summary>
internal sealed class NearRealTimeWake(TimeProvider time) : IDisposable
{
    private readonly SemaphoreSlim _signal = new(0, 1);

    /// <summary>Wakes the waiting dispatcher (once, however often called meanwhile).</summary>
    public void Signal()
    {
        try
        {
            _signal.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already signalled.
        }
    }

    /// <summary>Waits for a signal or <paramref name="timeout"/> on the server's clock, whichever comes first.</summary>
    public async Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var signal = _signal.WaitAsync(stop.Token);
        var delay = Task.Delay(timeout, time, stop.Token);
        await Task.WhenAny(signal, delay);
        await stop.CancelAsync();
        await Task.WhenAll(signal, delay).ContinueWith(_ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        cancellationToken.ThrowIfCancellationRequested();
    }

    /// <inheritdoc />
    public void Dispose() => _signal.Dispose();
}
