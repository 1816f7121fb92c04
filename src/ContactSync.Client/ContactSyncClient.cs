using System.Net;
using System.Runtime.InteropServices;
using Grpc.Core;
using Grpc.Net.Client;
using Grpc.Net.Client.Web;
using V1 = ContactSync.Grpc.V1;

namespace ContactSync.Client;

/// <summary>
/// The ContactSync API as plain .NET records. One instance holds one channel; reuse it and dispose it at the end.
/// Every unary call has a deadline (<see cref="ContactSyncClientOptions.Timeout"/>); failures throw
/// <see cref="ContactSyncClientException"/>.
/// </summary>
public sealed partial class ContactSyncClient : IDisposable
{
    private readonly GrpcChannel _channel;
    private readonly V1.ContactSync.ContactSyncClient _grpc;
    private readonly Metadata _headers;

    /// <summary>Creates a client and its channel (no call is made yet).</summary>
    public ContactSyncClient(ContactSyncClientOptions options)
    {
        if (options is null)
        {
            throw new ArgumentNullException(nameof(options));
        }

        if (options.Server is null || !options.Server.IsAbsoluteUri
            || (options.Server.Scheme != Uri.UriSchemeHttp && options.Server.Scheme != Uri.UriSchemeHttps))
        {
            throw new ArgumentException("The server must be an absolute http:// or https:// address.", nameof(options));
        }

        if (options.Timeout <= TimeSpan.Zero)
        {
            throw new ArgumentException("The timeout must be positive.", nameof(options));
        }

        Options = options;
        Transport = ResolveTransport(options);
        if (TransportHints.Refuse(options.Server, Transport) is { } refusal)
        {
            throw new ArgumentException(refusal);
        }

        _channel = GrpcChannel.ForAddress(options.Server, new GrpcChannelOptions
        {
            HttpHandler = CreateHandler(Transport),
            HttpVersion = Transport == ContactSyncTransport.GrpcWeb ? HttpVersion.Version11 : new Version(2, 0),
            MaxReceiveMessageSize = 64 * 1024 * 1024,
        });
        _grpc = new V1.ContactSync.ContactSyncClient(_channel);
        _headers = new Metadata();
        if (!string.IsNullOrEmpty(options.ApiKey))
        {
            _headers.Add("authorization", "Bearer " + options.ApiKey);
        }
    }

    /// <summary>The options the client was created with.</summary>
    public ContactSyncClientOptions Options { get; }

    /// <summary>The transport in use (never Auto).</summary>
    public ContactSyncTransport Transport { get; }

    /// <inheritdoc />
    public void Dispose() => _channel.Dispose();

    internal static ContactSyncTransport ResolveTransport(ContactSyncClientOptions options)
    {
        if (options.Transport != ContactSyncTransport.Auto)
        {
            return options.Transport;
        }

        // netstandard2.0 Grpc.Net.Client cannot do h2c, and .NET Framework's HttpClientHandler has no HTTP/2 at all.
        var isNetFramework = RuntimeInformation.FrameworkDescription.StartsWith(".NET Framework", StringComparison.Ordinal);
        return options.Server!.Scheme == Uri.UriSchemeHttps && !isNetFramework
            ? ContactSyncTransport.Http2
            : ContactSyncTransport.GrpcWeb;
    }

    private static HttpMessageHandler CreateHandler(ContactSyncTransport transport)
    {
        var inner = new HttpClientHandler();
        return transport == ContactSyncTransport.GrpcWeb
            ? new GrpcWebHandler(GrpcWebMode.GrpcWeb, inner)
            : inner;
    }

    // A gRPC deadline is wall-clock time by definition, and netstandard2.0 has no TimeProvider.
#pragma warning disable RS0030
    private CallOptions UnaryOptions(CancellationToken cancellationToken) =>
        new(_headers, DateTime.UtcNow.Add(Options.Timeout), cancellationToken);
#pragma warning restore RS0030

    private CallOptions StreamOptions(CancellationToken cancellationToken) =>
        new(_headers, deadline: null, cancellationToken);

    private async Task<TResponse> CallAsync<TResponse>(
        Func<CallOptions, AsyncUnaryCall<TResponse>> call,
        string notFoundId,
        CancellationToken cancellationToken)
    {
        try
        {
            using var pending = call(UnaryOptions(cancellationToken));
            return await pending.ResponseAsync.ConfigureAwait(false);
        }
        catch (RpcException ex) when (ex.StatusCode == StatusCode.Cancelled && cancellationToken.IsCancellationRequested)
        {
            throw new OperationCanceledException("The call was cancelled.", ex, cancellationToken);
        }
        catch (RpcException ex)
        {
            throw ContactSyncClientException.FromRpc(ex, Options.Server, notFoundId, Transport);
        }
    }
}
