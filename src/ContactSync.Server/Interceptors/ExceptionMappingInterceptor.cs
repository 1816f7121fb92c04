using ContactSync.Core.Plans;
using ContactSync.Server.Application;
using ContactSync.Server.Logging;
using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;
using Grpc.Core.Interceptors;
using GrpcStatus = Grpc.Core.Status;
using Status = Google.Rpc.Status;

namespace ContactSync.Server.Interceptors;

/// <summary>
/// The one place where exceptions become gRPC statuses: validation → <c>InvalidArgument</c> with
/// <c>google.rpc.BadRequest</c> field violations, not found → <c>NotFound</c>, version conflict → <c>Aborted</c>,
/// access → <c>PermissionDenied</c>, precondition → <c>FailedPrecondition</c>. <see cref="RpcException"/> and
/// anything else pass through unchanged (the framework turns unknown exceptions into <c>Unknown</c> and logs them).
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

    /// <summary>Builds the status for a known exception type.</summary>
    internal static RpcException? Map(Exception exception) => exception switch
    {
        ValidationFailedException validation => ToInvalidArgument(validation),
        ResourceNotFoundException => new RpcException(new GrpcStatus(StatusCode.NotFound, exception.Message)),
        VersionConflictException => new RpcException(new GrpcStatus(StatusCode.Aborted, exception.Message)),
        AccessDeniedException => new RpcException(new GrpcStatus(StatusCode.PermissionDenied, exception.Message)),
        PreconditionFailedException => new RpcException(new GrpcStatus(StatusCode.FailedPrecondition, exception.Message)),
        _ => null,
    };

    private static RpcException ToInvalidArgument(ValidationFailedException validation)
    {
        var badRequest = new BadRequest();
        badRequest.FieldViolations.Add(validation.Violations.Select(v => new BadRequest.Types.FieldViolation { Field = v.Field, Description = v.Description }));
        var status = new Status
        {
            Code = (int)Code.InvalidArgument,
            Message = validation.Message,
            Details = { Any.Pack(badRequest) },
        };
        return status.ToRpcException();
    }

    private bool TryMap(Exception exception, ServerCallContext context, out RpcException mapped)
    {
        var result = Map(exception);
        if (result is null)
        {
            mapped = null!;
            return false;
        }

        ServerLog.RequestFailed(logger, context.Method, result.StatusCode, result.Status.Detail);
        mapped = result;
        return true;
    }
}
