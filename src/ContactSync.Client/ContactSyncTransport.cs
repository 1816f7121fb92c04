namespace ContactSync.Client;

/// <summary>How the client talks to the server.</summary>
public enum ContactSyncTransport
{
    /// <summary>gRPC-Web over HTTP/1.1 for http:// (and on .NET Framework), native gRPC over HTTP/2 for https://.</summary>
    Auto = 0,

    /// <summary>Always gRPC-Web over HTTP/1.1.</summary>
    GrpcWeb = 1,

    /// <summary>Always native gRPC over HTTP/2 (https only from netstandard2.0).</summary>
    Http2 = 2,
}
