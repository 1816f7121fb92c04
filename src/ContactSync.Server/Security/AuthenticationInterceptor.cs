using ContactSync.Server.Logging;
using ContactSync.Storage.ApiKeys;
using Grpc.Core;
using Grpc.Core.Interceptors;

namespace ContactSync.Server.Security;

/// <summary>
/// Requires <c>authorization: Bearer &lt;api key&gt;</c> on every ContactSync call (health and reflection are separate
/// services without this interceptor). A missing, unknown, malformed or revoked key fails with <c>Unauthenticated</c>.
/// </summary>
internal sealed class AuthenticationInterceptor(IApiKeyRepository keys, Web.WidgetTicketService tickets, ILogger<AuthenticationInterceptor> logger) : Interceptor
{
    private const string MissingKeyMessage = "An API key is required: send the metadata \"authorization: Bearer <api key>\".";
    private const string InvalidKeyMessage = "The API key is not valid (unknown, malformed or revoked).";

    public override async Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        await AuthenticateAsync(context);
        return await continuation(request, context);
    }

    public override async Task ServerStreamingServerHandler<TRequest, TResponse>(
        TRequest request, IServerStreamWriter<TResponse> responseStream, ServerCallContext context, ServerStreamingServerMethod<TRequest, TResponse> continuation)
    {
        await AuthenticateAsync(context);
        await continuation(request, responseStream, context);
    }

    public override async Task<TResponse> ClientStreamingServerHandler<TRequest, TResponse>(
        IAsyncStreamReader<TRequest> requestStream, ServerCallContext context, ClientStreamingServerMethod<TRequest, TResponse> continuation)
    {
        await AuthenticateAsync(context);
        return await continuation(requestStream, context);
    }

    public override async Task DuplexStreamingServerHandler<TRequest, TResponse>(
        IAsyncStreamReader<TRequest> requestStream, IServerStreamWriter<TResponse> responseStream, ServerCallContext context, DuplexStreamingServerMethod<TRequest, TResponse> continuation)
    {
        await AuthenticateAsync(context);
        await continuation(requestStream, responseStream, context);
    }

    private async Task AuthenticateAsync(ServerCallContext context)
    {
        var header = context.RequestHeaders.GetValue("authorization");
        if (string.IsNullOrWhiteSpace(header))
        {
            ServerLog.MissingApiKey(logger, context.Method);
            throw new RpcException(new Status(StatusCode.Unauthenticated, MissingKeyMessage));
        }

        const string scheme = "Bearer ";
        var text = header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase) ? header[scheme.Length..].Trim() : header.Trim();
        if (Web.WidgetTicketService.IsTicket(text))
        {
            context.SetCaller(tickets.TryAuthenticate(text, out var ticketCaller)
                ? ticketCaller
                : throw new RpcException(new Status(StatusCode.Unauthenticated, "The widget ticket is not valid (expired, altered or from another server): sign in again.")));
            return;
        }

        if (!ApiKeyToken.TryParse(text, out var token))
        {
            ServerLog.InvalidApiKey(logger, context.Method, "(malformed)");
            throw new RpcException(new Status(StatusCode.Unauthenticated, InvalidKeyMessage));
        }

        var credential = await keys.GetCredentialAsync(token.Id, context.CancellationToken);
        if (credential is null || credential.Key.IsRevoked || !token.Matches(credential.SecretHash))
        {
            ServerLog.InvalidApiKey(logger, context.Method, token.Id);
            throw new RpcException(new Status(StatusCode.Unauthenticated, InvalidKeyMessage));
        }

        context.SetCaller(new ApiCaller(credential.Key.Id, credential.Key.Role, credential.Key.CrmUserId));
    }
}
