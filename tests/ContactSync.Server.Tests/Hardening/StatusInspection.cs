using System.Text;
using Google.Rpc;
using Grpc.Core;

namespace ContactSync.Server.Tests.Hardening;

/// <summary>Reads what a client receives in a failed call's trailers: the google.rpc details and their sizes on the wire.</summary>
public static class StatusInspection
{
    /// <summary>The domain of every ContactSync ErrorInfo.</summary>
    public const string Domain = "contactsync.v1";

    /// <summary>The ErrorInfo of a failure (asserts that there is one, in the ContactSync domain).</summary>
    public static ErrorInfo ErrorInfo(RpcException exception)
    {
        var status = exception.GetRpcStatus();
        Assert.True(status is not null, $"{exception.StatusCode} carries no grpc-status-details-bin: {exception.Status.Detail}");
        var info = status.GetDetail<ErrorInfo>();
        Assert.True(info is not null, $"{exception.StatusCode} carries no google.rpc.ErrorInfo: {exception.Status.Detail}");
        Assert.Equal(Domain, info.Domain);
        Assert.Matches("^[A-Z][A-Z0-9_]{0,62}$", info.Reason);
        Assert.Equal((int)exception.StatusCode, status.Code);
        return info;
    }

    /// <summary>The size of grpc-message as sent: percent-encoded UTF-8, as the gRPC protocol requires.</summary>
    public static int EncodedMessageLength(RpcException exception)
    {
        var length = 0;
        foreach (var b in Encoding.UTF8.GetBytes(exception.Status.Detail))
        {
            length += b is >= 0x20 and <= 0x7E && b != (byte)'%' ? 1 : 3;
        }

        return length;
    }

    /// <summary>The size of grpc-status-details-bin as sent (base64 of the serialized google.rpc.Status).</summary>
    public static int DetailsHeaderLength(RpcException exception)
    {
        var entry = exception.Trailers.Get("grpc-status-details-bin");
        return entry is null ? 0 : ((entry.ValueBytes.Length + 2) / 3) * 4;
    }
}
