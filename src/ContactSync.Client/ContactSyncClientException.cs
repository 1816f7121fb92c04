using System.Text.RegularExpressions;
using ContactSync.Client.Models;
using Google.Rpc;
using Grpc.Core;

namespace ContactSync.Client;

/// <summary>A failed call: the gRPC status, a stable error id, the server's field violations and its error reason.</summary>
public sealed class ContactSyncClientException : Exception
{
    private static readonly Regex MoreViolations = new(@"\band (\d+) more\b", RegexOptions.CultureInvariant);

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

    /// <summary>The server's status message as it was sent (empty for failures before the server answered).</summary>
    public string Detail { get; private init; } = "";

    /// <summary>Violations the server counted but did not list (it lists a bounded number), 0 when all are listed.</summary>
    public int MoreViolationCount { get; private init; }

    /// <summary>The google.rpc.ErrorInfo reason, when the server sent one (e.g. "PLAN_NOT_FOUND").</summary>
    public string Reason { get; private init; } = "";

    /// <summary>The google.rpc.ErrorInfo metadata (e.g. the plan id or the missing permission), empty when absent.</summary>
    public IReadOnlyDictionary<string, string> ReasonMetadata { get; private init; } = new Dictionary<string, string>();

    /// <summary>Maps an <see cref="RpcException"/> to a client exception.</summary>
    /// <param name="exception">The failure.</param>
    /// <param name="server">The server address, for messages.</param>
    /// <param name="notFoundId">The error id for NOT_FOUND of this call.</param>
    /// <param name="transport">The transport of the call, for hints about the wrong port or scheme.</param>
    public static ContactSyncClientException FromRpc(
        RpcException exception, Uri? server, string notFoundId = ContactSyncErrorIds.NotFound, ContactSyncTransport transport = ContactSyncTransport.Auto)
    {
        if (exception is null)
        {
            throw new ArgumentNullException(nameof(exception));
        }

        var status = ReadStatus(exception);
        var violations = ReadViolations(status);
        var info = ReadDetail<ErrorInfo>(status);
        var detail = exception.Status.Detail ?? "";
        var hint = TransportHints.Describe(exception, server, transport);
        var errorId = hint is not null ? ContactSyncErrorIds.WrongEndpoint : ErrorIdOf(exception, notFoundId);
        var more = MoreViolations.Match(detail);
        var moreCount = violations.Count > 0 && more.Success ? int.Parse(more.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : 0;
        var message = hint ?? errorId switch
        {
            ContactSyncErrorIds.ServerUnreachable =>
                $"Cannot reach the ContactSync server at {server}: {Innermost(exception).Message}",
            ContactSyncErrorIds.NotSupported =>
                $"The ContactSync server at {server} does not support this operation yet ({detail}).",
            ContactSyncErrorIds.Unauthenticated =>
                $"The ContactSync server at {server} refused the API key: {detail}",
            ContactSyncErrorIds.Timeout =>
                $"The ContactSync server at {server} did not answer in time.",
            _ when violations.Count > 0 => ViolationMessage(violations, moreCount),
            _ => string.IsNullOrEmpty(detail) ? exception.StatusCode.ToString() : detail,
        };

        return new ContactSyncClientException(message, exception.StatusCode, errorId, violations, exception)
        {
            Detail = detail,
            MoreViolationCount = moreCount,
            Reason = info?.Reason ?? "",
            ReasonMetadata = info?.Metadata.ToDictionary(p => p.Key, p => p.Value) ?? new Dictionary<string, string>(),
        };
    }

    // Each violation once: the status message also names them, so it is not repeated above the list.
    private static string ViolationMessage(IReadOnlyList<FieldViolationInfo> violations, int more) =>
        violations.Count == 1 && more == 0
            ? "Invalid request: " + violations[0]
            : "Invalid request:" + Environment.NewLine + string.Join(Environment.NewLine, violations.Select(v => "  " + v))
              + (more > 0 ? Environment.NewLine + $"  … and {more} more" : "");

    private static string ErrorIdOf(RpcException exception, string notFoundId) => exception.StatusCode switch
    {
        StatusCode.NotFound => notFoundId,
        StatusCode.InvalidArgument => ContactSyncErrorIds.InvalidArgument,
        StatusCode.OutOfRange => ContactSyncErrorIds.InvalidArgument,
        StatusCode.Unauthenticated => ContactSyncErrorIds.Unauthenticated,
        StatusCode.PermissionDenied => ContactSyncErrorIds.PermissionDenied,
        StatusCode.Unavailable when IsUnreachable(exception) => ContactSyncErrorIds.ServerUnreachable,
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

    private static Google.Rpc.Status? ReadStatus(RpcException exception)
    {
        try
        {
            return exception.GetRpcStatus();
        }
        catch (Google.Protobuf.InvalidProtocolBufferException)
        {
            return null;
        }
    }

    private static T? ReadDetail<T>(Google.Rpc.Status? status)
        where T : class, Google.Protobuf.IMessage<T>, new()
    {
        try
        {
            return status?.GetDetail<T>();
        }
        catch (Google.Protobuf.InvalidProtocolBufferException)
        {
            return null;
        }
    }

    private static IReadOnlyList<FieldViolationInfo> ReadViolations(Google.Rpc.Status? status) =>
        ReadDetail<BadRequest>(status)?.FieldViolations
            .Select(v => new FieldViolationInfo { Field = v.Field, Description = v.Description })
            .ToArray()
        ?? Array.Empty<FieldViolationInfo>();

    private static bool IsUnreachable(RpcException exception)
    {
        for (var e = exception.Status.DebugException ?? exception.InnerException; e is not null; e = e.InnerException)
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
        var e = exception.Status.DebugException ?? exception;
        while (e.InnerException is not null)
        {
            e = e.InnerException;
        }

        return e;
    }
}
