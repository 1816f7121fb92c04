namespace ContactSync.Benchmarks.Floors;

/// <summary>One term of a scenario's theoretical minimum of API calls.</summary>
/// <param name="Service">"zoho" or "google".</param>
/// <param name="What">What the calls do, e.g. "read pages".</param>
/// <param name="Formula">How the number was computed, e.g. "⌈10000/200⌉".</param>
/// <param name="Calls">The number of calls.</param>
internal sealed record FloorTerm(string Service, string What, string Formula, int Calls);
