using ContactSync.Core.Diagnostics;

namespace ContactSync.Server.Runs.Progress;

/// <summary>Counts one run's API calls per service, retries and back-off time.</summary>
internal sealed class RunApiObserver : IApiCallObserver
{
    private int _crmCalls;
    private int _googleCalls;
    private int _retries;
    private long _backoffMs;

    public int CrmCalls => Volatile.Read(ref _crmCalls);

    public int GoogleCalls => Volatile.Read(ref _googleCalls);

    public int Retries => Volatile.Read(ref _retries);

    public long BackoffMs => Interlocked.Read(ref _backoffMs);

    public void OnCall(string service, string operation, int statusCode)
    {
        if (service == "zoho")
        {
            Interlocked.Increment(ref _crmCalls);
        }
        else
        {
            Interlocked.Increment(ref _googleCalls);
        }
    }

    public void OnRetry(string service, TimeSpan delay)
    {
        Interlocked.Increment(ref _retries);
        Interlocked.Add(ref _backoffMs, (long)delay.TotalMilliseconds);
    }
}
