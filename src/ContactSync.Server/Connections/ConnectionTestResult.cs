namespace ContactSync.Server.Connections;

/// <summary>The outcome of TestConnection.</summary>
/// <param name="Ok">Whether a token was obtained and a read call succeeded.</param>
/// <param name="Message">What was checked, or what failed.</param>
/// <param name="Account">The Zoho user or Google account seen ("" on failure).</param>
/// <param name="Latency">How long the check took.</param>
internal sealed record ConnectionTestResult(bool Ok, string Message, string Account, TimeSpan Latency);
