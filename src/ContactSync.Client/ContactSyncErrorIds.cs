namespace ContactSync.Client;

/// <summary>The stable error ids the client and the PowerShell module report.</summary>
public static class ContactSyncErrorIds
{
    /// <summary>A plan was not found.</summary>
    public const string ConfigNotFound = "ContactSyncConfigNotFound";

    /// <summary>A run was not found.</summary>
    public const string RunNotFound = "ContactSyncRunNotFound";

    /// <summary>An API key was not found.</summary>
    public const string ApiKeyNotFound = "ContactSyncApiKeyNotFound";

    /// <summary>Something else was not found.</summary>
    public const string NotFound = "ContactSyncNotFound";

    /// <summary>The server rejected an argument (see the field violations).</summary>
    public const string InvalidArgument = "ContactSyncInvalidArgument";

    /// <summary>The API key is missing, unknown or revoked.</summary>
    public const string Unauthenticated = "ContactSyncUnauthenticated";

    /// <summary>The API key may not do this.</summary>
    public const string PermissionDenied = "ContactSyncPermissionDenied";

    /// <summary>The address answers, but not as the ContactSync endpoint the transport needs (wrong port or scheme).</summary>
    public const string WrongEndpoint = "ContactSyncWrongEndpoint";

    /// <summary>The server could not be reached.</summary>
    public const string ServerUnreachable = "ContactSyncServerUnreachable";

    /// <summary>The server (or a service behind it) is unavailable.</summary>
    public const string Unavailable = "ContactSyncUnavailable";

    /// <summary>A stale version or a state conflict.</summary>
    public const string Conflict = "ContactSyncConflict";

    /// <summary>Something with that name already exists.</summary>
    public const string AlreadyExists = "ContactSyncAlreadyExists";

    /// <summary>The operation is not possible in the current state.</summary>
    public const string FailedPrecondition = "ContactSyncFailedPrecondition";

    /// <summary>A quota was exhausted.</summary>
    public const string ResourceExhausted = "ContactSyncResourceExhausted";

    /// <summary>The call did not finish before its deadline.</summary>
    public const string Timeout = "ContactSyncTimeout";

    /// <summary>The server does not implement this call (yet).</summary>
    public const string NotSupported = "ContactSyncNotSupported";

    /// <summary>The call was cancelled.</summary>
    public const string Cancelled = "ContactSyncCancelled";

    /// <summary>A CRM user lacks a Zoho permission a plan needs (a roll-out names the rule).</summary>
    public const string CrmPermissionMissing = "ContactSyncCrmPermissionMissing";

    /// <summary>A roll-out made no plan for a CRM user for another reason (the message names it, e.g. CRM_VIEW_NOT_FOUND).</summary>
    public const string RollOutFailed = "ContactSyncRollOutFailed";

    /// <summary>The server failed unexpectedly.</summary>
    public const string ServerError = "ContactSyncServerError";
}
