using ContactSync.Http;

namespace ContactSync.Google;

/// <summary>How <see cref="GoogleContactsClient"/> reaches and authenticates to the People API; retries and timeouts in <see cref="ApiRetryOptions"/>.</summary>
public sealed class GoogleClientOptions : ApiRetryOptions
{
    /// <summary>The People API base URL; null for https://people.googleapis.com/ (set it to an emulator's address).</summary>
    public string? ApiBaseUrl { get; set; }

    /// <summary>The OAuth token endpoint; null for the key file's token_uri or https://oauth2.googleapis.com/token.</summary>
    public string? TokenUrl { get; set; }

    /// <summary>A service-account key (JSON). Used with <see cref="ImpersonatedUser"/> (domain-wide delegation).</summary>
    public string? ServiceAccountJson { get; set; }

    /// <summary>The Workspace user the service account acts as (JWT <c>sub</c>).</summary>
    public string? ImpersonatedUser { get; set; }

    /// <summary>OAuth client id (user refresh-token mode).</summary>
    public string? ClientId { get; set; }

    /// <summary>OAuth client secret (user refresh-token mode). Never logged.</summary>
    public string? ClientSecret { get; set; }

    /// <summary>The user's refresh token (user refresh-token mode). Never logged.</summary>
    public string? RefreshToken { get; set; }

    /// <summary>The application name sent in the User-Agent.</summary>
    public string ApplicationName { get; set; } = "ContactSync";
}
