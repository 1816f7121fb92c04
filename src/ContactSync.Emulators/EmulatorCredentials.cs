namespace ContactSync.Emulators;

/// <summary>Credentials accepted by the emulators' token endpoints.</summary>
public sealed record EmulatorCredentials
{
    /// <summary>Zoho OAuth client id.</summary>
    public required string ZohoClientId { get; init; }

    /// <summary>Zoho OAuth client secret.</summary>
    public required string ZohoClientSecret { get; init; }

    /// <summary>Refresh token of the Zoho administrator (role CEO, profile Administrator, sees all contacts).</summary>
    public required string ZohoAdminRefreshToken { get; init; }

    /// <summary>Refresh token of the standard Zoho user (role Manager; sees own records and those of subordinates).</summary>
    public required string ZohoStandardRefreshToken { get; init; }

    /// <summary>Refresh token of the view-only Zoho user (no Google-sync permission, no Contacts create/edit/delete).</summary>
    public required string ZohoViewOnlyRefreshToken { get; init; }

    /// <summary>Zoho user ids by role: "admin", "standard", "viewonly", "peer".</summary>
    public required IReadOnlyDictionary<string, string> ZohoUserIds { get; init; }

    /// <summary>Service-account key JSON (like a downloaded key file; token_uri points at the emulator).</summary>
    public required string GoogleServiceAccountKeyJson { get; init; }

    /// <summary>Service-account email (client_email of the key).</summary>
    public required string GoogleServiceAccountEmail { get; init; }

    /// <summary>The Workspace user the service account impersonates (JWT "sub").</summary>
    public required string GoogleImpersonatedUser { get; init; }

    /// <summary>OAuth client id for the refresh_token grant.</summary>
    public required string GoogleClientId { get; init; }

    /// <summary>OAuth client secret for the refresh_token grant.</summary>
    public required string GoogleClientSecret { get; init; }

    /// <summary>Refresh token of the Workspace user (refresh_token grant).</summary>
    public required string GoogleUserRefreshToken { get; init; }

    /// <summary>Google token endpoint URL (the emulator base address + "token").</summary>
    public required string GoogleTokenUri { get; init; }

    /// <summary>Resource name of the seeded "ContactSync" contact group.</summary>
    public required string GoogleContactSyncGroup { get; init; }

    /// <summary>Resource name of the seeded "Family" contact group.</summary>
    public required string GoogleFamilyGroup { get; init; }
}
