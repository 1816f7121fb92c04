namespace ContactSync.Emulators.Infrastructure;

/// <summary>What an access token stands for.</summary>
internal sealed record AccessTokenGrant(string Service, string Principal, DateTimeOffset ExpiresAt);
