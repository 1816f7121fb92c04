using System.Security.Authentication;
using Grpc.Core;

namespace ContactSync.Client;

/// <summary>
/// Recognises the usual address mistakes from how a call failed and says the fix in one sentence: gRPC-Web sent to the
/// native HTTP/2 port (HTTP 400), https:// sent to a plain-http port (TLS handshake failure), and an address that is not
/// a ContactSync server at all (HTTP 404, e.g. the emulators' port). A gRPC server never answers HTTP 404: an unknown
/// method is HTTP 200 with grpc-status UNIMPLEMENTED.
/// </summary>
internal static class TransportHints
{
    /// <summary>The server's default native gRPC (HTTP/2) port.</summary>
    public const int DefaultGrpcPort = 5180;

    /// <summary>The server's default gRPC-Web (HTTP/1.1) port.</summary>
    public const int DefaultGrpcWebPort = 5181;

    private const string Ports = "the server serves native gRPC on port 5180 and gRPC-Web on port 5181 by default, and logs both at start";

    /// <summary>The sentence for a known mistake, or null.</summary>
    public static string? Describe(RpcException exception, Uri? server, ContactSyncTransport transport)
    {
        var detail = exception.Status.Detail ?? "";
        if (HasTlsFailure(exception) && server?.Scheme == Uri.UriSchemeHttps)
        {
            return $"{server} does not speak TLS: a ContactSync server without a certificate serves plain http://. " +
                   $"Use http:// and the gRPC-Web port ({Ports}).";
        }

        if (detail.IndexOf("HTTP status code: 404", StringComparison.Ordinal) >= 0)
        {
            return $"{server} answered HTTP 404: it is not a ContactSync server (is it the emulators' port?); {Ports}.";
        }

        if (transport == ContactSyncTransport.GrpcWeb && detail.IndexOf("HTTP status code: 400", StringComparison.Ordinal) >= 0)
        {
            return $"{server} refused the gRPC-Web (HTTP/1.1) call: this is the server's native gRPC (HTTP/2) port. " +
                   $"Over http:// use the gRPC-Web port instead ({DefaultGrpcWebPort} by default; {Ports}).";
        }

        if (transport == ContactSyncTransport.Http2
            && (detail.IndexOf("downgraded to HTTP/1.1", StringComparison.Ordinal) >= 0 || detail.IndexOf("'HTTP/1.1' is not supported", StringComparison.Ordinal) >= 0))
        {
            return $"{server} does not speak HTTP/2 here: use the gRPC-Web transport over http:// with the gRPC-Web port ({Ports}).";
        }

        return null;
    }

    /// <summary>Why a transport cannot work with an address at all (checked before any call), or null.</summary>
    public static string? Refuse(Uri server, ContactSyncTransport transport) =>
        transport == ContactSyncTransport.Http2 && server.Scheme == Uri.UriSchemeHttp
            ? "HTTP/2 (transport Http2) needs an https:// address: over plain http:// this client speaks only gRPC-Web. " +
              $"Use the GrpcWeb transport (the default for http://) and the server's gRPC-Web port ({DefaultGrpcWebPort} by default)."
            : null;

    private static bool HasTlsFailure(RpcException exception)
    {
        for (var e = exception.Status.DebugException ?? exception.InnerException; e is not null; e = e.InnerException)
        {
            if (e is AuthenticationException)
            {
                return true;
            }
        }

        return exception.Status.Detail?.IndexOf("SSL connection could not be established", StringComparison.Ordinal) >= 0;
    }
}
