using System.Globalization;
using System.Text;
using Google.Protobuf;
using RpcStatus = Google.Rpc.Status;

namespace ContactSync.Server.Errors;

/// <summary>
/// Answers a gRPC or gRPC-Web request from middleware, before the gRPC handler runs and without reading the body: a
/// "trailers-only" response (HTTP 200, grpc-status, grpc-message and grpc-status-details-bin in the headers).
/// </summary>
internal static class GrpcErrorResponse
{
    /// <summary>Writes the status and completes the response.</summary>
    public static async Task WriteAsync(HttpContext context, RpcStatus status)
    {
        var response = context.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = ContentTypeFor(context.Request.ContentType);
        response.Headers["grpc-status"] = status.Code.ToString(CultureInfo.InvariantCulture);
        response.Headers["grpc-message"] = PercentEncode(status.Message);
        response.Headers["grpc-status-details-bin"] = Convert.ToBase64String(status.ToByteArray());
        await response.CompleteAsync();
    }

    /// <summary>The response content type that answers the request's: gRPC-Web (binary or text) or native gRPC.</summary>
    private static string ContentTypeFor(string? requestType)
    {
        var type = requestType ?? "";
        if (type.StartsWith("application/grpc-web-text", StringComparison.OrdinalIgnoreCase))
        {
            return "application/grpc-web-text";
        }

        return type.StartsWith("application/grpc-web", StringComparison.OrdinalIgnoreCase) ? "application/grpc-web" : "application/grpc";
    }

    /// <summary>grpc-message encoding: printable ASCII except '%' as is, every other byte of the UTF-8 as %XX.</summary>
    private static string PercentEncode(string message)
    {
        var builder = new StringBuilder();
        foreach (var b in Encoding.UTF8.GetBytes(message))
        {
            if (b is >= 0x20 and <= 0x7E && b != (byte)'%')
            {
                builder.Append((char)b);
            }
            else
            {
                builder.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }
}
