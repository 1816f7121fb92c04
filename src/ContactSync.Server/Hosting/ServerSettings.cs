namespace ContactSync.Server.Hosting;

/// <summary>Settings section <c>ContactSync:Server</c>: where the server listens.</summary>
internal sealed class ServerSettings
{
    /// <summary>The section name.</summary>
    public const string SectionName = "ContactSync:Server";

    /// <summary>The IP address to bind ("127.0.0.1", "0.0.0.0", "::1"; "localhost" means 127.0.0.1).</summary>
    public string Host { get; set; } = "127.0.0.1";

    /// <summary>The native gRPC port (HTTP/2 only on plain http; 0 picks a free port).</summary>
    public int GrpcPort { get; set; } = 5180;

    /// <summary>The gRPC-Web port (HTTP/1.1 on plain http; 0 picks a free port). Unused with TLS.</summary>
    public int GrpcWebPort { get; set; } = 5181;

    /// <summary>A PFX certificate: when set, one TLS endpoint on <see cref="GrpcPort"/> serves HTTP/1.1 and HTTP/2.</summary>
    public string? CertificatePath { get; set; }

    /// <summary>The password of <see cref="CertificatePath"/>.</summary>
    public string? CertificatePassword { get; set; }
}
