using System.Net;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace ContactSync.Server.Hosting;

/// <summary>The Kestrel endpoints the server configured; after start they carry the bound ports.</summary>
internal sealed class ServerEndpoints
{
    /// <summary>The native gRPC endpoint (HTTP/2, or HTTP/1.1 + HTTP/2 with TLS).</summary>
    public ListenOptions? Grpc { get; set; }

    /// <summary>The gRPC-Web endpoint (HTTP/1.1); <see langword="null"/> with TLS, where <see cref="Grpc"/> serves both.</summary>
    public ListenOptions? GrpcWeb { get; set; }

    /// <summary>Whether the endpoints use TLS.</summary>
    public bool Tls { get; set; }

    /// <summary>The native gRPC address clients use (after start).</summary>
    public Uri GrpcAddress => ToUri(Grpc ?? throw new InvalidOperationException("The server has not been configured."));

    /// <summary>The gRPC-Web address clients use (after start).</summary>
    public Uri GrpcWebAddress => ToUri(GrpcWeb ?? Grpc ?? throw new InvalidOperationException("The server has not been configured."));

    private Uri ToUri(ListenOptions options)
    {
        var endpoint = options.IPEndPoint ?? throw new InvalidOperationException("The endpoint is not an IP endpoint.");
        var address = endpoint.Address;
        if (address.Equals(IPAddress.Any))
        {
            address = IPAddress.Loopback;
        }
        else if (address.Equals(IPAddress.IPv6Any))
        {
            address = IPAddress.IPv6Loopback;
        }

        var host = address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 ? $"[{address}]" : address.ToString();
        return new Uri($"{(Tls ? "https" : "http")}://{host}:{endpoint.Port}");
    }
}
