namespace ContactSync.Emulators.Tests;

/// <summary>One write call and the check that it took effect.</summary>
internal sealed record WriteCase(string Service, string Endpoint, Func<HttpClient, CancellationToken, Task<HttpResponseMessage>> SendAsync, Func<HttpClient, Task<bool>> AppliedAsync);
