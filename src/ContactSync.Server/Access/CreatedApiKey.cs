using ContactSync.Storage.ApiKeys;

namespace ContactSync.Server.Access;

/// <summary>A new key and its full text (shown once).</summary>
/// <param name="Key">The stored key.</param>
/// <param name="Secret">The full key text to send as a bearer token.</param>
internal sealed record CreatedApiKey(ApiKeyRecord Key, string Secret);
