using ContactSync.Client;

namespace ContactSync.PowerShell;

/// <summary>
/// A connection to a ContactSync server, made by Connect-ContactSync. Pass it to any cmdlet with
/// -Connection, or let Connect-ContactSync keep it as the session default.
/// </summary>
public sealed class ContactSyncConnection : IDisposable
{
    internal ContactSyncConnection(ContactSyncClient client, DateTimeOffset connected)
    {
        Client = client;
        Connected = connected;
    }

    /// <summary>The server address.</summary>
    public Uri Server => Client.Options.Server!;

    /// <summary>The transport in use: GrpcWeb (HTTP/1.1) or Http2.</summary>
    public ContactSyncTransport Transport => Client.Transport;

    /// <summary>The deadline of each call.</summary>
    public TimeSpan Timeout => Client.Options.Timeout;

    /// <summary>The first characters of the API key, to tell keys apart.</summary>
    public string ApiKeyHint => Client.Options.ApiKey.Length <= 8 ? "****" : Client.Options.ApiKey.Substring(0, 8) + "…";

    /// <summary>When the connection was made.</summary>
    public DateTimeOffset Connected { get; }

    internal ContactSyncClient Client { get; }

    /// <inheritdoc />
    public void Dispose() => Client.Dispose();

    /// <inheritdoc />
    public override string ToString() => Server.ToString();
}
