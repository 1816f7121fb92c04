using ContactSync.Client.Models;
using Google.Rpc;
using Grpc.Core;

namespace ContactSync.Client;

/// <summary>A failed call: the gRPC status, a stable error id and the server's field violations.</summary>
public sealed class ContactSyncClientException : Exception
{
    /// <summary>Creates an exception.</summary>
    public ContactSyncClientException(
        string message,
        StatusCode statusCode,
        string errorId,
        IReadOnlyList<FieldViolationInfo>? fieldViolations = null,
        Exception? innerException = null)
        : base(message, innerException)
    {
        StatusCode = statusCode;
        ErrorId = errorId;
        FieldViolations = fieldViolations ?? Array.Empty<FieldViolationInfo>();
    }

    /// <summary>The gRPC status code.</summary>
    public StatusCode StatusCode { get; }

    /// <summary>A stable PascalCase id, e.g. "ContactSyncConfigNotFound".</summary>
    public string ErrorId { get; }

    /// <summary>The server's field violations (INVALID_ARGUMENT), empty otherwise.</summary>
    public IReadOnlyList<FieldViolationInfo> FieldViolations { get; }

    /// <summary>Maps an <see cref="RpcException"/> to a client exception.</summary>
    /// <param name="exception">The failure.</param>
    /// <param name="server">The server address, for messages.</param>
    /// <param name="notFoundId">The error id for NOT_FOUND of this call.</param>
    public static ContactSyncClientException FromRpc(RpcException exception, Uri? server, string notFoundId = ContactSyncErrorIds.NotFound)
    {
        if (exception is null)
        {
            throw new ArgumentNullException(nameof(exception));
        }

        var violations = ReadViolations(exception);
        var detail = exception.Status.Detail;
        var unreachable = IsUnreachable(exception);
        var errorId = exception.StatusCode switch
        {
            StatusCode.NotFound => notFoundId,
            StatusCode.InvalidArgument => ContactSyncErrorIds.InvalidArgument,
            StatusCode.OutOfRange => ContactSyncErrorIds.InvalidArgument,
            StatusCode.Unauthenticated => ContactSyncErrorIds.Unauthenticated,
            StatusCode.PermissionDenied => ContactSyncErrorIds.PermissionDenied,
            StatusCode.Unavailable when unreachable => ContactSyncErrorIds.ServerUnreachable,
            StatusCode.Unavailable => ContactSyncErrorIds.Unavailable,
            StatusCode.Aborted => ContactSyncErrorIds.Conflict,
            StatusCode.AlreadyExists => ContactSyncErrorIds.AlreadyExists,
            StatusCode.FailedPrecondition => ContactSyncErrorIds.FailedPrecondition,
            StatusCode.ResourceExhausted => ContactSyncErrorIds.ResourceExhausted,
            StatusCode.DeadlineExceeded => ContactSyncErrorIds.Timeout,
            StatusCode.Unimplemented => ContactSyncErrorIds.NotSupported,
            StatusCode.Cancelled => ContactSyncErrorIds.Cancelled,
            _ => ContactSyncErrorIds.ServerError,
        };

        var message = errorId switch
        {
            ContactSyncErrorIds.ServerUnreachable =>
                $"Cannot reach the ContactSync server at {server}: {Innermost(exception).Message}",
            ContactSyncErrorIds.NotSupported =>
                $"The ContactSync server at {server} does not support this operation yet ({detail}).",
            ContactSyncErrorIds.Unauthenticated =>
                $"The ContactSync server at {server} refused the API key: {detail}",
            ContactSyncErrorIds.Timeout =>
                $"The ContactSync server at {server} did not answer in time.",
            _ => string.IsNullOrEmpty(detail) ? exception.StatusCode.ToString() : detail,
        };
        if (violations.Count > 0)
        {
            message += Environment.NewLine + string.Join(Environment.NewLine, violations.Select(v => "  " + v));
        }

        return new ContactSyncClientException(message, exception.StatusCode, errorId, violations, exception);
    }

    private static IReadOnlyList<FieldViolationInfo> ReadViolations(RpcException exception)
    {
        try
        {
            var badRequest = exception.GetRpcStatus()?.GetDetail<BadRequest>();
            if (badRequest is null)
            {
                return Array.Empty<FieldViolationInfo>();
            }

            return badRequest.FieldViolations
                .Select(v => new FieldViolationInfo { Field = v.Field, Description = v.Description })
                .ToArray();
        }
        catch (Google.Protobuf.InvalidProtocolBufferException)
        {
            return Array.Empty<FieldViolationInfo>();
        }
    }

    private static bool IsUnreachable(RpcException exception)
    {
        for (Exception? e = exception.Status.DebugException ?? exception.InnerException; e is not null; e = e.InnerException)
        {
            if (e is System.Net.Http.HttpRequestException or System.Net.Sockets.SocketException or System.IO.IOException)
            {
                return true;
            }
        }

        return false;
    }

    private static Exception Innermost(RpcException exception)
    {
        Exception e = exception.Status.DebugException ?? exception;
        while (e.InnerException is not null)
        {
            e = e.InnerException;
        }

        return e;
    }
}
