namespace ContactSync.Google;

/// <summary>How <see cref="GoogleContactsClient"/> reaches and authenticates to the People API.</summary>
public sealed class GoogleClientOptions
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

    /// <summary>How many times a call is retried after 429, 500, 502, 503, 504 or a dropped connection. Default 5.</summary>
    public int MaxRetries { get; set; } = 5;

    /// <summary>The first back-off delay (doubled per attempt, with jitter). Default 1 second.</summary>
    public TimeSpan BaseRetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest single wait, also the cap on a server's Retry-After. Default 60 s.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Timeout of one HTTP attempt. Default 100 s.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(100);

    /// <summary>The application name sent in the User-Agent.</summary>
    public string ApplicationName { get; set; } = "ContactSync";
}
