using ContactSync.Server.Errors;
using ContactSync.Zoho.Access;
using Grpc.Core;

namespace ContactSync.Server.Connections;

/// <summary>
/// Runs one live Zoho/Google call for a picker or a Configure check and turns its failures into statuses: throttling,
/// server and network errors → <c>Unavailable</c> (try again, reason SERVICE_UNAVAILABLE), anything else the service
/// refused (credentials, scopes) → <c>FailedPrecondition</c> (fix the connection, reason CONNECTION_REFUSED). Messages name the service's error, never a secret.
/// The Zoho permission check (<see cref="ICrmAccessChecker"/>) is translated here too: a denial → <c>PermissionDenied</c>
/// (CRM_PERMISSION_MISSING, metadata <c>crm_user_id</c> and <c>missing_permissions</c>), a failed read → as above, named by that read.
/// </summary>
internal static class LiveApi
{
    /// <summary>Runs <paramref name="call"/>; our own exceptions (not configured, access denied) pass unchanged.</summary>
    public static async Task<T> CallAsync<T>(string service, string operation, Func<Task<T>> call, ILogger logger, CancellationToken cancellationToken)
    {
        try
        {
            return await call();
        }
        catch (CrmAccessDeniedException denied)
        {
            throw new AccessDeniedException(denied.Message, ErrorReasons.CrmPermissionMissing,
                new Dictionary<string, string> { ["crm_user_id"] = denied.CrmUserId, ["missing_permissions"] = denied.Rules });
        }
        catch (CrmAccessReadException read) when (!cancellationToken.IsCancellationRequested)
        {
            throw Failure("Zoho CRM", read.Operation, read.InnerException!, logger);
        }
        catch (Exception ex) when (IsExternal(ex) && !cancellationToken.IsCancellationRequested)
        {
            throw Failure(service, operation, ex, logger);
        }
    }

    private static ServiceException Failure(string service, string operation, Exception ex, ILogger logger)
    {
        ConnectionLog.LiveApiFailed(logger, service, operation, ex.GetType().Name, ExternalFailure.Code(ex));
        var message = $"{operation}: {ExternalFailure.Describe(service, ex)}";
        var metadata = new Dictionary<string, string> { ["service"] = ServiceKey(service), ["operation"] = operation };
        return ExternalFailure.IsTransient(ex)
            ? new ServiceUnavailableException(message + " Try again later.", ErrorReasons.ServiceUnavailable, metadata)
            : new PreconditionFailedException(message + " Check the connection with TestConnection.", ErrorReasons.ConnectionRefused, metadata);
    }

    /// <summary>The ErrorInfo name of a service: "zoho_crm" or "google".</summary>
    public static string ServiceKey(string service) => service.StartsWith("Zoho", StringComparison.Ordinal) ? "zoho_crm" : "google";

    private static bool IsExternal(Exception ex) =>
        ex is not (ServiceException or Core.Plans.ValidationFailedException or RpcException or OperationCanceledException { InnerException: null });
}
