using ContactSync.Core.Plans;
using ContactSync.Server.Errors;
using Google.Protobuf;
using Grpc.Core;
using Grpc.Core.Interceptors;

namespace ContactSync.Server.Requests;

/// <summary>
/// Refuses requests whose shape is wrong (<see cref="RequestShape"/>: sizes, unknown enum values, invalid durations)
/// before the service sees them, as <c>INVALID_ARGUMENT</c> with field violations. Runs inside
/// <see cref="ExceptionMappingInterceptor"/>.
/// </summary>
internal sealed class RequestGuardInterceptor : Interceptor
{
    public override Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        Check(request);
        return continuation(request, context);
    }

    public override Task ServerStreamingServerHandler<TRequest, TResponse>(
        TRequest request, IServerStreamWriter<TResponse> responseStream, ServerCallContext context, ServerStreamingServerMethod<TRequest, TResponse> continuation)
    {
        Check(request);
        return continuation(request, responseStream, context);
    }

    private static void Check<TRequest>(TRequest request)
    {
        if (request is IMessage message && RequestShape.Check(message) is { Count: > 0 } violations)
        {
            throw new ValidationFailedException(violations);
        }
    }
}
