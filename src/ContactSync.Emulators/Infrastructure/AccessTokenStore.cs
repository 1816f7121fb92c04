using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace ContactSync.Emulators.Infrastructure;

/// <summary>Issues and checks opaque access tokens for both services.</summary>
internal sealed class AccessTokenStore(TimeProvider time, TimeSpan lifetime)
{
    private readonly ConcurrentDictionary<string, AccessTokenGrant> _tokens = new(StringComparer.Ordinal);

    public TimeSpan Lifetime => lifetime;

    public string Issue(string service, string principal, string prefix)
    {
        var token = prefix + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
        _tokens[token] = new AccessTokenGrant(service, principal, time.GetUtcNow() + lifetime);
        return token;
    }

    /// <summary>Looks a token up; <paramref name="expired"/> tells an expired token from an unknown one.</summary>
    public AccessTokenGrant? Validate(string service, string? token, out bool expired)
    {
        expired = false;
        if (token is null || !_tokens.TryGetValue(token, out var grant) || grant.Service != service)
        {
            return null;
        }

        if (time.GetUtcNow() >= grant.ExpiresAt)
        {
            expired = true;
            return null;
        }

        return grant;
    }
}
