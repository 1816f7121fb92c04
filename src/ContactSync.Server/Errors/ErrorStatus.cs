using ContactSync.Core.Plans;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;
using RpcStatus = Google.Rpc.Status;

namespace ContactSync.Server.Errors;

/// <summary>
/// Builds every error status of the service: a short grpc-message and, in grpc-status-details-bin, a google.rpc.Status
/// with an <see cref="ErrorInfo"/> (domain <see cref="ErrorReasons.Domain"/>), a capped <see cref="BadRequest"/> for
/// invalid fields and a <see cref="RetryInfo"/> when the caller should wait. Sizes stay within <see cref="StatusLimits"/>.
/// </summary>
internal static class ErrorStatus
{
    /// <summary>The field path of the entry that says how many violations were left out.</summary>
    public const string MoreViolationsField = "(more)";

    private static readonly IReadOnlyDictionary<string, string> NoMetadata = new Dictionary<string, string>();

    /// <summary>The google.rpc.Status of an error, bounded.</summary>
    public static RpcStatus Build(
        StatusCode code,
        string message,
        string reason,
        IReadOnlyDictionary<string, string>? metadata = null,
        IReadOnlyList<FieldViolation>? violations = null,
        TimeSpan? retryAfter = null)
    {
        var status = new RpcStatus { Code = (int)code, Message = BoundedText.LimitEncoded(message, StatusLimits.MaxMessageBytes) };
        var info = new ErrorInfo { Reason = reason, Domain = ErrorReasons.Domain };
        foreach (var (key, value) in metadata ?? NoMetadata)
        {
            info.Metadata[key] = BoundedText.Truncate(value, StatusLimits.MaxDescription);
        }

        if (violations is { Count: > 0 })
        {
            info.Metadata["violations"] = violations.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
            info.Metadata["fields"] = BoundedText.Truncate(string.Join(",", violations.Select(v => v.Field).Distinct(StringComparer.Ordinal)), StatusLimits.MaxDescription);
        }

        status.Details.Add(Any.Pack(info));
        if (retryAfter is { } delay)
        {
            status.Details.Add(Any.Pack(new RetryInfo { RetryDelay = Duration.FromTimeSpan(delay < TimeSpan.Zero ? TimeSpan.Zero : delay) }));
        }

        if (violations is { Count: > 0 })
        {
            status.Details.Add(Any.Pack(Capped(violations, StatusLimits.MaxDetailsBytes - status.CalculateSize())));
        }

        return status;
    }

    /// <summary>The exception that makes gRPC send <see cref="Build"/>'s status.</summary>
    public static RpcException Exception(
        StatusCode code,
        string message,
        string reason,
        IReadOnlyDictionary<string, string>? metadata = null,
        IReadOnlyList<FieldViolation>? violations = null,
        TimeSpan? retryAfter = null) =>
        Build(code, message, reason, metadata, violations, retryAfter).ToRpcException();

    /// <summary>The violations that fit the budget (at most <see cref="StatusLimits.MaxViolations"/>), then one entry saying how many more.</summary>
    private static BadRequest Capped(IReadOnlyList<FieldViolation> violations, int budget)
    {
        const int reserve = 80;
        var badRequest = new BadRequest();
        foreach (var violation in violations)
        {
            var entry = new BadRequest.Types.FieldViolation
            {
                Field = BoundedText.Truncate(violation.Field, StatusLimits.MaxField),
                Description = BoundedText.Truncate(violation.Description, StatusLimits.MaxDescription),
            };
            var cost = entry.CalculateSize() + 4;
            if (badRequest.FieldViolations.Count == StatusLimits.MaxViolations || budget - cost < reserve)
            {
                break;
            }

            budget -= cost;
            badRequest.FieldViolations.Add(entry);
        }

        var left = violations.Count - badRequest.FieldViolations.Count;
        if (left > 0)
        {
            badRequest.FieldViolations.Add(new BadRequest.Types.FieldViolation
            {
                Field = MoreViolationsField,
                Description = $"and {left} more violations not shown; fix these and send the request again.",
            });
        }

        return badRequest;
    }
}
