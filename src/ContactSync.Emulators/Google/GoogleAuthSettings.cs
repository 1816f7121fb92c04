using System.Security.Cryptography;

namespace ContactSync.Emulators.Google;

/// <summary>What the Google token endpoint accepts.</summary>
internal sealed record GoogleAuthSettings(
    RSA ServiceAccountKey,
    string ServiceAccountEmail,
    string ImpersonatedUser,
    string ClientId,
    string ClientSecret,
    string UserRefreshToken);
