using ContactSync.Server.Application;
using ContactSync.Server.Errors;
using Grpc.Core;

namespace ContactSync.Server.Connections;

/// <summary>
/// Runs one live Zoho/Google call for a picker or a Configure check and turns its failures into statuses: throttling,
/// server and network errors → <c>Unavailable</c> (try again, reason SERVICE_UNAVAILABLE), anything else the service
/// refused (credentials, scopes) → <c>FailedPrecondition</c> (fix the connection, reason CONNECTION_REFUSED). Messages name the service's error, never a secret.
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
        catch (Exception ex) when (IsExternal(ex) && !cancellationToken.IsCancellationRequested)
        {
            ConnectionLog.LiveApiFailed(logger, service, operation, ex.GetType().Name, ExternalFailure.Code(ex));
            var message = $"{operation}: {ExternalFailure.Describe(service, ex)}";
            var metadata = new Dictionary<string, string> { ["service"] = ServiceKey(service), ["operation"] = operation };
            if (ExternalFailure.IsTransient(ex))
            {
                throw new ServiceUnavailableException(message + " Try again later.", ErrorReasons.ServiceUnavailable, metadata);
            }

            throw new PreconditionFailedException(message + " Check the connection with TestConnection.", ErrorReasons.ConnectionRefused, metadata);
        }
    }

    /// <summary>The ErrorInfo name of a service: "zoho_crm" or "google".</summary>
    public static string ServiceKey(string service) => service.StartsWith("Zoho", StringComparison.Ordinal) ? "zoho_crm" : "google";

    private static bool IsExternal(Exception ex) =>
        ex is not (ServiceException or Core.Plans.ValidationFailedException or RpcException or OperationCanceledException { InnerException: null });
}
