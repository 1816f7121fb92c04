namespace ContactSync.Http.Pacing;

/// <summary>
/// Which plan (or run) a call belongs to, for the pacer's fairness: set it around a run with <see cref="Enter"/> (it flows
/// with the async context into the clients' calls), or per request with <see cref="RequestOption"/>. Calls without a plan
/// share the plan "".
/// </summary>
public static class QuotaPlan
{
    /// <summary>A request option naming the call's plan; it wins over the ambient one.</summary>
    public static readonly HttpRequestOptionsKey<string> RequestOption = new("ContactSync.QuotaPlan");

    private static readonly AsyncLocal<string?> Ambient = new();

    /// <summary>The plan of the calls made from the current async context; null outside <see cref="Enter"/>.</summary>
    public static string? Current => Ambient.Value;

    /// <summary>Makes <paramref name="plan"/> the plan of the calls made from here on in this async context, until disposed.</summary>
    public static IDisposable Enter(string plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var previous = Ambient.Value;
        Ambient.Value = plan;
        return new Scope(previous);
    }

    /// <summary>The plan of <paramref name="request"/>: its option, else the ambient plan, else "".</summary>
    internal static string Of(HttpRequestMessage? request) =>
        request is not null && request.Options.TryGetValue(RequestOption, out var plan) ? plan : Current ?? "";

    private sealed class Scope(string? previous) : IDisposable
    {
        public void Dispose() => Ambient.Value = previous;
    }
}
