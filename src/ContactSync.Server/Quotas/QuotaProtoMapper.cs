using ContactSync.Http.Pacing;
using ContactSync.Http.Quotas;
using Google.Protobuf.WellKnownTypes;
using Proto = ContactSync.Grpc.V1;

namespace ContactSync.Server.Quotas;

/// <summary>Maps a quota's state to the contract.</summary>
internal static class QuotaProtoMapper
{
    public static Proto.QuotaUse ToProto(QuotaKeyStatus status)
    {
        ArgumentNullException.ThrowIfNull(status);
        var proto = new Proto.QuotaUse
        {
            Key = status.Key.Value,
            Limit = status.Limit.Limit,
            Used = status.Used,
            Available = status.Available,
            Factor = status.Factor,
        };
        if (status.Limit.Kind == QuotaKind.Rate)
        {
            proto.Window = Duration.FromTimeSpan(status.Limit.Window);
        }

        if (status.PausedUntil is { } paused)
        {
            proto.PausedUntil = Timestamp.FromDateTimeOffset(paused);
        }

        return proto;
    }
}
