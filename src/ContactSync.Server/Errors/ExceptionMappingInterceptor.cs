using System.Globalization;
using ContactSync.Core.Plans;
using Grpc.Core;
using Grpc.Core.Interceptors;

namespace ContactSync.Server.Errors;

/// <summary>
/// The one place where exceptions become gRPC statuses, each with a <c>google.rpc.ErrorInfo</c> (see
/// <see cref="ErrorStatus"/>): validation → <c>InvalidArgument</c> with capped <c>google.rpc.BadRequest</c> field
/// violations, not found → <c>NotFound</c>, version conflict → <c>Aborted</c>, access → <c>PermissionDenied</c>,
/// precondition → <c>FailedPrecondition</c>, Zoho/Google trouble → <c>Unavailable</c>, rate limit →
/// <c>ResourceExhausted</c> with a RetryInfo, anything unexpected → <c>Internal</c> (logged once with its stack trace).
/// A call the client cancelled is left to the framework.
/// </summary>
internal sealed class ExceptionMappingInterceptor(ILogger<ExceptionMappingInterceptor> logger) : Interceptor
{
    public override async Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            return await continuation(request, context);
        }
        catch (Exception ex) when (TryMap(ex, context, out var mapped))
        {
            throw mapped;
        }
    }

    public override async Task ServerStreamingServerHandler<TRequest, TResponse>(
        TRequest request, IServerStreamWriter<TResponse> responseStream, ServerCallContext context, ServerStreamingServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            await continuation(request, responseStream, context);
        }
        catch (Exception ex) when (TryMap(ex, context, out var mapped))
        {
            throw mapped;
        }
    }

    public override async Task<TResponse> ClientStreamingServerHandler<TRequest, TResponse>(
        IAsyncStreamReader<TRequest> requestStream, ServerCallContext context, ClientStreamingServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            return await continuation(requestStream, context);
        }
        catch (Exception ex) when (TryMap(ex, context, out var mapped))
        {
            throw mapped;
        }
    }

    public override async Task DuplexStreamingServerHandler<TRequest, TResponse>(
        IAsyncStreamReader<TRequest> requestStream, IServerStreamWriter<TResponse> responseStream, ServerCallContext context, DuplexStreamingServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            await continuation(requestStream, responseStream, context);
        }
        catch (Exception ex) when (TryMap(ex, context, out var mapped))
        {
            throw mapped;
        }
    }

    /// <summary>Builds the status of an exception: known types by their rule, anything unexpected as <c>Internal</c>.</summary>
    internal static RpcException Map(Exception exception) => exception switch
    {
        ValidationFailedException validation => ErrorStatus.Exception(StatusCode.InvalidArgument, validation.Message, ErrorReasons.InvalidFields, violations: validation.Violations),
        VersionConflictException conflict => ErrorStatus.Exception(StatusCode.Aborted, conflict.Message, ErrorReasons.PlanVersionConflict, ConflictMetadata(conflict)),
        RateLimitExceededException limited => ErrorStatus.Exception(StatusCode.ResourceExhausted, limited.Message, limited.Reason, limited.Metadata, retryAfter: limited.RetryAfter),
        ServiceException known => ErrorStatus.Exception(CodeOf(known), known.Message, known.Reason, known.Metadata),
        RpcException rpc when rpc.GetRpcStatus() is not null => rpc,
        RpcException rpc => ErrorStatus.Exception(rpc.StatusCode, rpc.Status.Detail, GenericReason(rpc.StatusCode)),
        OperationCanceledException => ErrorStatus.Exception(StatusCode.Unavailable, "The server is shutting down; try again shortly.", ErrorReasons.ServerStopping),
        _ => ErrorStatus.Exception(StatusCode.Internal, "The server failed unexpectedly; the error is in its log.", ErrorReasons.InternalError),
    };

    private static StatusCode CodeOf(ServiceException exception) => exception switch
    {
        ResourceNotFoundException => StatusCode.NotFound,
        AccessDeniedException => StatusCode.PermissionDenied,
        PreconditionFailedException => StatusCode.FailedPrecondition,
        ServiceUnavailableException => StatusCode.Unavailable,
        RequestAbortedException => StatusCode.Aborted,
        _ => StatusCode.Internal,
    };

    private static Dictionary<string, string> ConflictMetadata(VersionConflictException conflict)
    {
        var metadata = new Dictionary<string, string>
        {
            ["expected_version"] = conflict.ExpectedVersion.ToString(CultureInfo.InvariantCulture),
        };
        if (conflict.ActualVersion > 0)
        {
            metadata["current_version"] = conflict.ActualVersion.ToString(CultureInfo.InvariantCulture);
        }

        if (conflict.Resource.StartsWith("plan ", StringComparison.Ordinal))
        {
            metadata["plan_id"] = conflict.Resource["plan ".Length..];
        }

        return metadata;
    }

    private static string GenericReason(StatusCode code) => code switch
    {
        StatusCode.Unauthenticated => ErrorReasons.ApiKeyMissing,
        StatusCode.NotFound => ErrorReasons.NotFound,
        StatusCode.PermissionDenied => ErrorReasons.AccessDenied,
        StatusCode.Unavailable => ErrorReasons.ServiceUnavailable,
        StatusCode.FailedPrecondition => ErrorReasons.FailedPrecondition,
        _ => ErrorReasons.InternalError,
    };

    private bool TryMap(Exception exception, ServerCallContext context, out RpcException mapped)
    {
        // The caller left (or its deadline passed): the framework answers that itself.
        if (exception is OperationCanceledException && context.CancellationToken.IsCancellationRequested)
        {
            mapped = null!;
            return false;
        }

        mapped = Map(exception);
        if (mapped.StatusCode == StatusCode.Internal)
        {
            ErrorLog.UnexpectedFailure(logger, context.Method, exception);
        }
        else
        {
            ErrorLog.RequestFailed(logger, context.Method, mapped.StatusCode, mapped.Status.Detail);
        }

        return true;
    }
}
