namespace ContactSync.Core.Diagnostics;

/// <summary>An <see cref="IApiCallObserver"/> that ignores every call.</summary>
public sealed class NullApiCallObserver : IApiCallObserver
{
    /// <summary>The shared instance.</summary>
    public static NullApiCallObserver Instance { get; } = new();

    private NullApiCallObserver()
    {
    }

    /// <inheritdoc />
    public void OnCall(string service, string operation, int statusCode)
    {
    }

    /// <inheritdoc />
    public void OnRetry(string service, TimeSpan delay)
    {
    }
}
