using ContactSync.Server.Errors;
using ContactSync.Server.Web;
using ContactSync.Storage.ApiKeys;
using Grpc.Core;

namespace ContactSync.Server.Access;

/// <summary>
/// Requires <c>authorization: Bearer &lt;api key&gt;</c> on every call of <c>contactsync.v1.ContactSync</c> before its body
/// is read (health and reflection are other services and need no key). A missing, malformed, unknown or revoked key is
/// answered with <c>UNAUTHENTICATED</c> at once; the request body is never parsed for an unauthenticated caller.
/// </summary>
internal sealed class ApiKeyMiddleware(RequestDelegate next, ILogger<ApiKeyMiddleware> logger)
{
    /// <summary>The path of the ContactSync service's methods.</summary>
    public const string ServicePath = "/contactsync.v1.ContactSync";

    private const string MissingKeyMessage = "An API key is required: send the metadata \"authorization: Bearer <api key>\".";
    private const string InvalidKeyMessage = "The API key is not valid (unknown, malformed or revoked).";

    private const string InvalidTicketMessage = "The widget ticket is not valid (expired, altered or from another server): sign in again.";

    public async Task InvokeAsync(HttpContext context, IApiKeyRepository keys, WidgetTicketService tickets)
    {
        if (!context.Request.Path.StartsWithSegments(ServicePath, StringComparison.Ordinal))
        {
            await next(context);
            return;
        }

        var method = context.Request.Path.Value ?? "";
        var header = context.Request.Headers.Authorization.ToString();
        if (string.IsNullOrWhiteSpace(header))
        {
            AccessLog.MissingApiKey(logger, method);
            await GrpcErrorResponse.WriteAsync(context, ErrorStatus.Build(StatusCode.Unauthenticated, MissingKeyMessage, ErrorReasons.ApiKeyMissing));
            return;
        }

        const string scheme = "Bearer ";
        var text = header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase) ? header[scheme.Length..].Trim() : header.Trim();
        if (WidgetTicketService.IsTicket(text))
        {
            // A widget ticket the server signed after Zoho confirmed the CRM user: it acts as a user key of that user.
            if (!tickets.TryAuthenticate(text, out var ticketCaller))
            {
                AccessLog.InvalidApiKey(logger, method, "(widget ticket)");
                await GrpcErrorResponse.WriteAsync(context, ErrorStatus.Build(StatusCode.Unauthenticated, InvalidTicketMessage, ErrorReasons.ApiKeyInvalid));
                return;
            }

            context.SetCaller(ticketCaller);
            await next(context);
            return;
        }

        if (!ApiKeyToken.TryParse(text, out var token))
        {
            AccessLog.InvalidApiKey(logger, method, "(malformed)");
            await GrpcErrorResponse.WriteAsync(context, ErrorStatus.Build(StatusCode.Unauthenticated, InvalidKeyMessage, ErrorReasons.ApiKeyInvalid));
            return;
        }

        var credential = await keys.GetCredentialAsync(token.Id, context.RequestAborted);
        if (credential is null || credential.Key.IsRevoked || !token.Matches(credential.SecretSalt, credential.SecretHash))
        {
            AccessLog.InvalidApiKey(logger, method, token.Id);
            await GrpcErrorResponse.WriteAsync(context, ErrorStatus.Build(StatusCode.Unauthenticated, InvalidKeyMessage, ErrorReasons.ApiKeyInvalid));
            return;
        }

        context.SetCaller(new ApiCaller(credential.Key.Id, credential.Key.Role, credential.Key.CrmUserId));
        await next(context);
    }
}
