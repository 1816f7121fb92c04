namespace ContactSync.Zoho;

/// <summary>An access token and when to refresh it (one immutable object, so readers never see a torn pair).</summary>
/// <param name="Token">The access token. Never logged.</param>
/// <param name="RefreshAt">When to refresh it (its expiry minus the margin).</param>
/// <param name="ApiDomain">The token response's <c>api_domain</c> (the org's data centre), when it named a usable one.</param>
internal sealed record ZohoCachedToken(string Token, DateTimeOffset RefreshAt, string? ApiDomain = null);
