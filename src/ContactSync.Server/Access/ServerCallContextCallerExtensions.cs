using ContactSync.Server.Errors;
using Grpc.Core;

namespace ContactSync.Server.Access;

/// <summary>Carries the authenticated <see cref="ApiCaller"/> on the call.</summary>
internal static class ServerCallContextCallerExtensions
{
    private static readonly object ItemKey = typeof(ApiCaller);

    /// <summary>Stores the caller (done by <see cref="ApiKeyMiddleware"/> before the body is read).</summary>
    public static void SetCaller(this HttpContext context, ApiCaller caller) => context.Items[ItemKey] = caller;

    /// <summary>The caller authenticated for the request, or <see langword="null"/> (background work, other services).</summary>
    public static ApiCaller? GetCallerOrNull(this HttpContext context) => context.Items[ItemKey] as ApiCaller;

    /// <summary>The caller authenticated for this call.</summary>
    public static ApiCaller GetCaller(this ServerCallContext context) =>
        context.GetHttpContext().Items[ItemKey] as ApiCaller
        ?? throw ErrorStatus.Exception(StatusCode.Unauthenticated, "The call is not authenticated.", ErrorReasons.ApiKeyMissing);
}
