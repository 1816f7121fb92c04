using System.Management.Automation;
using System.Security;
using ContactSync.Client;
using ContactSync.PowerShell.Internal;

namespace ContactSync.PowerShell.Cmdlets;

/// <summary>
/// <para type="synopsis">Connects to a ContactSync server and makes it the session default.</para>
/// <para type="description">Connect-ContactSync checks the server and the API key with one call and keeps the connection as the default of this PowerShell session, so the other ContactSync cmdlets need no -Server or -ApiKey. Over http:// it speaks gRPC-Web (HTTP/1.1); over https:// native gRPC over HTTP/2. With -PassThru it also returns the connection, for -Connection.</para>
/// </summary>
/// <example>
/// <code>Connect-ContactSync -Server http://127.0.0.1:5181 -ApiKey (Read-Host -AsSecureString 'API key')</code>
/// <para>Connects with a key typed at a prompt.</para>
/// </example>
/// <example>
/// <code>$prod = Connect-ContactSync -Server https://sync.example.com -ApiKey $env:CONTACTSYNC_KEY -PassThru -NoDefault
/// Get-ContactSyncConfig -Connection $prod</code>
/// <para>Keeps a second connection in a variable without changing the session default.</para>
/// </example>
[Cmdlet(VerbsCommunications.Connect, "ContactSync")]
[OutputType(typeof(ContactSyncConnection))]
public sealed class ConnectContactSyncCommand : PSCmdlet, IDisposable
{
    // Enum parameters from ContactSync.Client keep their value in an object field: PowerShell loads this type
    // (GetExportedTypes) before ContactSyncModuleInitializer hooks the dependency resolver, and a value-type
    // field would force ContactSync.Client to load from the default context at that moment.
    private object? _transport;

    private readonly CancellationTokenSource _stopping = new();

    /// <summary>
    /// <para type="description">The server address: over plain http the gRPC-Web port (http://127.0.0.1:5181 by default; the native gRPC port 5180 is for other gRPC clients), or https://sync.example.com for a server with a certificate.</para>
    /// </summary>
    [Parameter(Mandatory = true, Position = 0)]
    [ValidateNotNull]
    public Uri Server { get; set; } = null!;

    /// <summary>
    /// <para type="description">The API key, as a SecureString or a plain string.</para>
    /// </summary>
    [Parameter(Mandatory = true, Position = 1)]
    [SecureStringTransformation]
    [ValidateNotNull]
    public SecureString ApiKey { get; set; } = null!;

    /// <summary>
    /// <para type="description">How long each call may take before it fails (default 30 seconds).</para>
    /// </summary>
    [Parameter]
    [ValidateRange(1, 3600)]
    public int TimeoutSec { get; set; } = 30;

    /// <summary>
    /// <para type="description">The transport: Auto (gRPC-Web for http://, HTTP/2 for https://), GrpcWeb or Http2. Http2 needs an https:// address; over plain http:// only gRPC-Web works, on the server's gRPC-Web port (5181 by default).</para>
    /// </summary>
    [Parameter]
    public ContactSyncTransport Transport
    {
        get => _transport is ContactSyncTransport value ? value : ContactSyncTransport.Auto;
        set => _transport = value;
    }

    /// <summary>
    /// <para type="description">Returns the connection object.</para>
    /// </summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    /// <summary>
    /// <para type="description">Does not make the connection the session default (use with -PassThru).</para>
    /// </summary>
    [Parameter]
    public SwitchParameter NoDefault { get; set; }

    /// <inheritdoc />
    public void Dispose() => _stopping.Dispose();

    /// <inheritdoc />
    protected override void EndProcessing()
    {
        ContactSyncClient client;
        try
        {
            client = new ContactSyncClient(new ContactSyncClientOptions
            {
                Server = Server,
                ApiKey = SecureStrings.ToPlainText(ApiKey),
                Timeout = TimeSpan.FromSeconds(TimeoutSec),
                Transport = Transport,
            });
        }
        catch (ArgumentException ex)
        {
            ThrowTerminatingError(ErrorRecords.InvalidConnection(ex, Server));
            return;
        }

        try
        {
            // One cheap authenticated call checks the address and the key.
            client.ListConfigsAsync(null, _stopping.Token).GetAwaiter().GetResult();
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
            client.Dispose();
            throw new PipelineStoppedException();
        }
        catch (ContactSyncClientException ex)
        {
            client.Dispose();
            ThrowTerminatingError(ErrorRecords.FromClient(ex, Server));
            return;
        }

        // Shown to the user as local time; netstandard2.0 (Windows PowerShell 5.1) has no TimeProvider.
#pragma warning disable RS0030
        var connection = new ContactSyncConnection(client, DateTimeOffset.Now);
#pragma warning restore RS0030
        if (!NoDefault)
        {
            SessionConnections.Exchange(connection)?.Dispose();
        }

        WriteVerbose(ErrorRecords.Format("Connected to {0} over {1}.", Server, client.Transport));
        if (PassThru)
        {
            WriteObject(connection);
        }
    }

    /// <inheritdoc />
    protected override void StopProcessing() => _stopping.Cancel();
}
