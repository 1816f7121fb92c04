using Grpc.Net.Client;
using Grpc.Net.Client.Web;

namespace ContactSync.Server.Tests.Infrastructure;

/// <summary>Channels to the server's gRPC-Web port the way a browser or the module talks to it: HTTP/1.1 only.</summary>
internal static class GrpcWebChannels
{
    public static GrpcChannel OverHttp11(Uri grpcWebAddress, GrpcWebMode mode) => GrpcChannel.ForAddress(grpcWebAddress, new GrpcChannelOptions
    {
        HttpHandler = new GrpcWebHandler(mode, new HttpClientHandler()),
        HttpVersion = new Version(1, 1),
        HttpVersionPolicy = HttpVersionPolicy.RequestVersionExact,
    });
}
