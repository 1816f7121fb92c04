using System.Globalization;
using System.Management.Automation;
using ContactSync.Client;

namespace ContactSync.PowerShell.Internal;

/// <summary>
/// Maps client failures to ErrorRecords. The error id is the client's stable id; PowerShell appends the cmdlet's
/// class name, giving FullyQualifiedErrorIds such as "ContactSyncConfigNotFound,ContactSync.PowerShell.Cmdlets.GetContactSyncConfigCommand".
/// </summary>
internal static class ErrorRecords
{
    public const string NotConnected = "ContactSyncNotConnected";
    public const string InvalidFieldMap = "ContactSyncInvalidFieldMap";

    /// <summary>-Template is not a hashtable of plan settings (an unknown key, a value that does not convert).</summary>
    public const string InvalidTemplate = "ContactSyncInvalidTemplate";
    public const string InvalidConnectionArguments = "ContactSyncInvalidConnectionArguments";
    public const string RunStreamEnded = "ContactSyncRunStreamEnded";
    public const string NoCurrentRun = "ContactSyncNoCurrentRun";
    public const string SecretFileNotFound = "ContactSyncSecretFileNotFound";

    public static ErrorRecord FromClient(ContactSyncClientException exception, object? target)
    {
        var record = new ErrorRecord(exception, exception.ErrorId, Category(exception.ErrorId), target)
        {
            // The message in the module's terms: parameters and cmdlets instead of proto fields and RPCs.
            ErrorDetails = new ErrorDetails(ModuleWording.Message(exception)),
        };
        var action = RecommendedAction(exception.ErrorId);
        if (action is not null)
        {
            record.ErrorDetails.RecommendedAction = action;
        }

        return record;
    }

    /// <summary>A refused -Server/-Transport combination, in the module's terms.</summary>
    public static ErrorRecord InvalidConnection(ArgumentException exception, object? target) =>
        new(exception, InvalidConnectionArguments, ErrorCategory.InvalidArgument, target)
        {
            ErrorDetails = new ErrorDetails(ModuleWording.Text(exception.Message)),
        };

    public static ErrorRecord Create(string errorId, ErrorCategory category, string message, object? target, Exception? inner = null) =>
        new(new InvalidOperationException(message, inner), errorId, category, target);

    public static ErrorCategory Category(string errorId) => errorId switch
    {
        ContactSyncErrorIds.ConfigNotFound or ContactSyncErrorIds.RunNotFound or ContactSyncErrorIds.ApiKeyNotFound
            or ContactSyncErrorIds.NotFound => ErrorCategory.ObjectNotFound,
        ContactSyncErrorIds.InvalidArgument => ErrorCategory.InvalidArgument,
        ContactSyncErrorIds.Unauthenticated => ErrorCategory.AuthenticationError,
        ContactSyncErrorIds.PermissionDenied => ErrorCategory.PermissionDenied,
        ContactSyncErrorIds.ServerUnreachable or ContactSyncErrorIds.Unavailable or ContactSyncErrorIds.WrongEndpoint => ErrorCategory.ConnectionError,
        ContactSyncErrorIds.Timeout => ErrorCategory.OperationTimeout,
        ContactSyncErrorIds.Conflict or ContactSyncErrorIds.FailedPrecondition => ErrorCategory.InvalidOperation,
        ContactSyncErrorIds.AlreadyExists => ErrorCategory.ResourceExists,
        ContactSyncErrorIds.ResourceExhausted => ErrorCategory.LimitsExceeded,
        ContactSyncErrorIds.NotSupported => ErrorCategory.NotImplemented,
        ContactSyncErrorIds.Cancelled => ErrorCategory.OperationStopped,
        _ => ErrorCategory.NotSpecified,
    };

    /// <summary>Failures after which no further pipeline item can succeed: they stop the command.</summary>
    public static bool IsTerminating(string errorId) => errorId is ContactSyncErrorIds.ServerUnreachable
        or ContactSyncErrorIds.WrongEndpoint
        or ContactSyncErrorIds.Unauthenticated
        or ContactSyncErrorIds.NotSupported;

    private static string? RecommendedAction(string errorId) => errorId switch
    {
        ContactSyncErrorIds.ServerUnreachable => "Check the -Server address and that the ContactSync server is running.",
        ContactSyncErrorIds.Unauthenticated => "Check the API key: Connect-ContactSync -Server <uri> -ApiKey <key>.",
        ContactSyncErrorIds.PermissionDenied => "Use an admin API key, or a user key of the plan's CRM user.",
        ContactSyncErrorIds.WrongEndpoint => "Connect to the server's gRPC-Web port over http:// (5181 by default), or to its https:// address when it has a certificate.",
        ContactSyncErrorIds.InvalidArgument => "Correct the parameters listed in the message.",
        ContactSyncErrorIds.Conflict => "Read the plan again (Get-ContactSyncConfig) and retry.",
        _ => null,
    };

    public static string Format(string format, params object?[] args) =>
        string.Format(CultureInfo.InvariantCulture, format, args);
}
