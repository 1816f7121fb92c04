namespace ContactSync.Server.Errors;

/// <summary>
/// The <c>google.rpc.ErrorInfo</c> reasons of the service (domain <see cref="Domain"/>): stable, UPPER_SNAKE_CASE, one
/// per rule that can refuse a call, so clients branch on the reason instead of parsing messages. The protos list them
/// per RPC.
/// </summary>
internal static class ErrorReasons
{
    /// <summary>The ErrorInfo domain of every status this service makes.</summary>
    public const string Domain = "contactsync.v1";

    /// <summary>UNAUTHENTICATED: no <c>authorization: Bearer</c> metadata.</summary>
    public const string ApiKeyMissing = "API_KEY_MISSING";

    /// <summary>UNAUTHENTICATED: the key is malformed, unknown or revoked.</summary>
    public const string ApiKeyInvalid = "API_KEY_INVALID";

    /// <summary>INVALID_ARGUMENT: fields are invalid (a <c>google.rpc.BadRequest</c> lists them).</summary>
    public const string InvalidFields = "INVALID_FIELDS";

    /// <summary>INVALID_ARGUMENT: the request body is not a valid message of the method's request type.</summary>
    public const string RequestUndecodable = "REQUEST_UNDECODABLE";

    /// <summary>RESOURCE_EXHAUSTED: the request message is larger than the server accepts.</summary>
    public const string RequestTooLarge = "REQUEST_TOO_LARGE";

    /// <summary>RESOURCE_EXHAUSTED: the key made too many calls that reach Zoho CRM or Google (a RetryInfo says when to retry).</summary>
    public const string RateLimited = "RATE_LIMITED";

    /// <summary>PERMISSION_DENIED: only an admin key may do this.</summary>
    public const string AdminKeyRequired = "ADMIN_KEY_REQUIRED";

    /// <summary>PERMISSION_DENIED: the plan (or CRM user) is not the key's CRM user.</summary>
    public const string PlanOfAnotherUser = "PLAN_OF_ANOTHER_USER";

    /// <summary>PERMISSION_DENIED: the plan's CRM user lacks a Zoho permission (metadata <c>missing_permissions</c>).</summary>
    public const string CrmPermissionMissing = "CRM_PERMISSION_MISSING";

    /// <summary>PERMISSION_DENIED: the Google group is used by a plan of another CRM user.</summary>
    public const string GoogleGroupInUse = "GOOGLE_GROUP_IN_USE";

    /// <summary>
    /// PERMISSION_DENIED: a user key's plan names a Google account other than its CRM user's email, and no admin assigned it
    /// (metadata <c>google_account</c>, <c>crm_user_id</c>).
    /// </summary>
    public const string GoogleAccountNotOwn = "GOOGLE_ACCOUNT_NOT_OWN";

    /// <summary>PERMISSION_DENIED: any other access rule.</summary>
    public const string AccessDenied = "ACCESS_DENIED";

    /// <summary>NOT_FOUND: no plan with that id or name.</summary>
    public const string PlanNotFound = "PLAN_NOT_FOUND";

    /// <summary>NOT_FOUND: no run with that id.</summary>
    public const string RunNotFound = "RUN_NOT_FOUND";

    /// <summary>NOT_FOUND: no API key with that id.</summary>
    public const string ApiKeyNotFound = "API_KEY_NOT_FOUND";

    /// <summary>NOT_FOUND: the CRM has no such user.</summary>
    public const string CrmUserNotFound = "CRM_USER_NOT_FOUND";

    /// <summary>NOT_FOUND: anything else.</summary>
    public const string NotFound = "NOT_FOUND";

    /// <summary>ABORTED: the plan changed since the version the caller sent.</summary>
    public const string PlanVersionConflict = "PLAN_VERSION_CONFLICT";

    /// <summary>ABORTED: the server that took the plan did not start the run.</summary>
    public const string RunNotStarted = "RUN_NOT_STARTED";

    /// <summary>FAILED_PRECONDITION: the Zoho or Google connection is not set (metadata <c>connection</c>).</summary>
    public const string ConnectionNotConfigured = "CONNECTION_NOT_CONFIGURED";

    /// <summary>FAILED_PRECONDITION: Zoho CRM or Google refused the stored credentials or the call (metadata <c>service</c>).</summary>
    public const string ConnectionRefused = "CONNECTION_REFUSED";

    /// <summary>FAILED_PRECONDITION: the stored secrets cannot be decrypted with this server's key ring.</summary>
    public const string ConnectionSecretsUnreadable = "CONNECTION_SECRETS_UNREADABLE";

    /// <summary>FAILED_PRECONDITION: the OAuth Google connection holds no refresh token for the account (metadata <c>google_account</c>).</summary>
    public const string GoogleAccountNotConnected = "GOOGLE_ACCOUNT_NOT_CONNECTED";

    /// <summary>RollOutPlans: the CRM user has no email, so their Google account is unknown.</summary>
    public const string GoogleAccountUnknown = "GOOGLE_ACCOUNT_UNKNOWN";

    /// <summary>RollOutPlans: no CRM view of the template's name for the user (metadata <c>crm_view_name</c>).</summary>
    public const string CrmViewNotFound = "CRM_VIEW_NOT_FOUND";

    /// <summary>RollOutPlans: several CRM views have the template's name (metadata <c>crm_view_name</c>, <c>candidates</c>).</summary>
    public const string CrmViewAmbiguous = "CRM_VIEW_AMBIGUOUS";

    /// <summary>RollOutPlans: several groups of the user's account have the template's name (metadata <c>google_group_name</c>).</summary>
    public const string GoogleGroupAmbiguous = "GOOGLE_GROUP_AMBIGUOUS";

    /// <summary>RollOutPlans: the plan name the template gives the user is taken by a plan of another CRM user (metadata <c>plan_name</c>).</summary>
    public const string PlanNameTaken = "PLAN_NAME_TAKEN";

    /// <summary>FAILED_PRECONDITION: the last active admin key cannot be revoked.</summary>
    public const string LastAdminKey = "LAST_ADMIN_KEY";

    /// <summary>FAILED_PRECONDITION: another server is starting the plan right now.</summary>
    public const string PlanStartingElsewhere = "PLAN_STARTING_ELSEWHERE";

    /// <summary>FAILED_PRECONDITION: anything else.</summary>
    public const string FailedPrecondition = "FAILED_PRECONDITION";

    /// <summary>UNAVAILABLE: Zoho CRM or Google throttled or failed; try again later (metadata <c>service</c>).</summary>
    public const string ServiceUnavailable = "SERVICE_UNAVAILABLE";

    /// <summary>UNAVAILABLE: the server is shutting down.</summary>
    public const string ServerStopping = "SERVER_STOPPING";

    /// <summary>INTERNAL: an unexpected error; the server log has the details.</summary>
    public const string InternalError = "INTERNAL_ERROR";
}
