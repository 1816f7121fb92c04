namespace ContactSync.Client;

/// <summary>Where and how a <see cref="ContactSyncClient"/> connects.</summary>
public sealed record ContactSyncClientOptions
{
    /// <summary>The default deadline of unary calls.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(30);

    /// <summary>The server address, e.g. http://127.0.0.1:5181 (the server's gRPC-Web port over plain http) or https://sync.example.com (a server with a certificate).</summary>
    public Uri? Server { get; init; }

    /// <summary>The API key sent as "authorization: Bearer &lt;key&gt;".</summary>
    public string ApiKey { get; init; } = "";

    /// <summary>The deadline of every unary call.</summary>
    public TimeSpan Timeout { get; init; } = DefaultTimeout;

    /// <summary>The transport; <see cref="ContactSyncTransport.Auto"/> picks by scheme.</summary>
    public ContactSyncTransport Transport { get; init; } = ContactSyncTransport.Auto;

    /// <inheritdoc />
    public override string ToString() => $"{Server} ({Transport}, timeout {Timeout})";
}
