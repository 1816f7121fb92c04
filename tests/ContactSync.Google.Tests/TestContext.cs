namespace ContactSync.Google.Tests;

/// <summary>xunit 2 has no ambient test token; tests pass this one.</summary>
internal static class TestContext
{
    public static CancellationToken CancellationToken => new CancellationTokenSource(TimeSpan.FromSeconds(30)).Token;
}
