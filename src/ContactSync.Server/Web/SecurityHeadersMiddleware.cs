using Microsoft.Extensions.Options;

namespace ContactSync.Server.Web;

/// <summary>
/// Headers on every response that is not gRPC: a Content-Security-Policy that allows only the server's own scripts
/// (plus Zoho's embedded-app SDK for the widget page), connections to the server itself, and framing by the server and
/// the configured <c>frame-ancestors</c> (Zoho CRM's domains by default); no sniffing, no referrer. Widget sign-in
/// pages carry a ticket and are never cached.
/// </summary>
internal sealed class SecurityHeadersMiddleware(RequestDelegate next, IOptions<WebSettings> settings)
{
    /// <summary>Where the Zoho embedded-app SDK is loaded from by the widget page.</summary>
    public const string ZohoSdkHost = "https://live.zwidgets.com";

    private readonly string _policy =
        $"default-src 'self'; script-src 'self' {ZohoSdkHost}; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
        + $"base-uri 'none'; form-action 'self'; object-src 'none'; frame-ancestors 'self' {string.Join(' ', settings.Value.EffectiveFrameAncestors)}";

    public Task InvokeAsync(HttpContext context)
    {
        var contentType = context.Request.ContentType;
        if (contentType is null || !contentType.StartsWith("application/grpc", StringComparison.OrdinalIgnoreCase))
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = _policy;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            if (context.Request.Path.StartsWithSegments("/widget", StringComparison.OrdinalIgnoreCase))
            {
                headers.CacheControl = "no-store";
            }
        }

        return next(context);
    }
}
