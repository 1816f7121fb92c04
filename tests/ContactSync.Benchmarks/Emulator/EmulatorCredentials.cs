namespace ContactSync.Benchmarks.Emulator;

/// <summary>What <c>GET /_emulator/credentials</c> returns (the fields the benchmark uses).</summary>
internal sealed record EmulatorCredentials(
    string ZohoClientId,
    string ZohoClientSecret,
    string ZohoAdminRefreshToken,
    IReadOnlyDictionary<string, string> ZohoUserIds,
    string GoogleServiceAccountKeyJson,
    string GoogleImpersonatedUser,
    string GoogleClientId,
    string GoogleClientSecret,
    string GoogleUserRefreshToken,
    string GoogleTokenUri,
    string GoogleContactSyncGroup);
