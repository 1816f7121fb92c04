using ContactSync.Server.Application;
using Grpc.Core;

namespace ContactSync.Server.Connections;

/// <summary>
/// Runs one live Zoho/Google call for a picker or a Configure check and turns its failures into statuses: throttling,
/// server and network errors → <c>Unavailable</c> (try again), anything else the service refused (credentials, scopes)
/// → <c>FailedPrecondition</c> (fix the connection). Messages name the service's error, never a secret.
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
            if (ExternalFailure.IsTransient(ex))
            {
                throw new RpcException(new Status(StatusCode.Unavailable, message + " Try again later."));
            }

            throw new PreconditionFailedException(message + " Check the connection with TestConnection.");
        }
    }

    private static bool IsExternal(Exception ex) =>
        ex is not (PreconditionFailedException or AccessDeniedException or ResourceNotFoundException or Core.Plans.ValidationFailedException
            or RpcException or OperationCanceledException { InnerException: null });
}
