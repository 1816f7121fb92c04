namespace ContactSync.Benchmarks.Api;

/// <summary>One RunSync call seen from the client.</summary>
/// <param name="WallSeconds">From sending the request to receiving the result event.</param>
/// <param name="Server">The run's result as the server reported it.</param>
internal sealed record RunObservation(double WallSeconds, ServerRunReport Server);
