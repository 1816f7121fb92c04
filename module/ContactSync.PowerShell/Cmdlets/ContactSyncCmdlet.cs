using System.Management.Automation;
using System.Security;
using ContactSync.Client;
using ContactSync.Client.Models;
using ContactSync.PowerShell.Internal;

namespace ContactSync.PowerShell.Cmdlets;

/// <summary>
/// The base of every ContactSync cmdlet that calls the server: resolves the connection (-Connection, -Server/-ApiKey
/// or the session default from Connect-ContactSync), owns the cancellation of Ctrl+C, and maps failures to ErrorRecords.
/// </summary>
public abstract class ContactSyncCmdlet : PSCmdlet, IDisposable
{
    private readonly CancellationTokenSource _stopping = new();
    private ContactSyncClient? _client;
    private ContactSyncClient? _ownedClient;

    /// <summary>
    /// <para type="description">The ContactSync server address, e.g. http://127.0.0.1:5080 (gRPC-Web) or https://sync.example.com. Overrides the session default of Connect-ContactSync for this call; use with -ApiKey.</para>
    /// </summary>
    [Parameter]
    [ValidateNotNull]
    public Uri? Server { get; set; }

    /// <summary>
    /// <para type="description">The API key for -Server, as a SecureString or a plain string.</para>
    /// </summary>
    [Parameter]
    [SecureStringTransformation]
    public SecureString? ApiKey { get; set; }

    /// <summary>
    /// <para type="description">A connection made by Connect-ContactSync -PassThru, used instead of the session default.</para>
    /// </summary>
    [Parameter]
    [ValidateNotNull]
    public ContactSyncConnection? Connection { get; set; }

    /// <summary>Cancelled by Ctrl+C (StopProcessing).</summary>
    internal CancellationToken StopToken => _stopping.Token;

    /// <summary>The client of the resolved connection.</summary>
    internal ContactSyncClient Client => _client ?? throw new InvalidOperationException("BeginProcessing has not run.");

    /// <inheritdoc />
    public void Dispose()
    {
        _ownedClient?.Dispose();
        _stopping.Dispose();
    }

    /// <inheritdoc />
    protected override void BeginProcessing()
    {
        if (Connection is not null && Server is not null)
        {
            ThrowTerminatingError(ErrorRecords.Create(
                ErrorRecords.InvalidConnectionArguments,
                ErrorCategory.InvalidArgument,
                "Use either -Connection or -Server/-ApiKey, not both.",
                Server));
        }

        if (Connection is not null)
        {
            _client = Connection.Client;
        }
        else if (Server is not null)
        {
            _ownedClient = CreateClient(Server, SecureStrings.ToPlainText(ApiKey), ContactSyncClientOptions.DefaultTimeout, ContactSyncTransport.Auto);
            _client = _ownedClient;
        }
        else if (SessionConnections.Current is { } current)
        {
            _client = current.Client;
        }
        else
        {
            ThrowTerminatingError(ErrorRecords.Create(
                ErrorRecords.NotConnected,
                ErrorCategory.ConnectionError,
                "Not connected to a ContactSync server. Run Connect-ContactSync -Server <uri> -ApiKey <key>, or pass -Server and -ApiKey.",
                null));
        }
    }

    /// <inheritdoc />
    protected override void StopProcessing() => _stopping.Cancel();

    internal ContactSyncClient CreateClient(Uri server, string apiKey, TimeSpan timeout, ContactSyncTransport transport)
    {
        try
        {
            return new ContactSyncClient(new ContactSyncClientOptions { Server = server, ApiKey = apiKey, Timeout = timeout, Transport = transport });
        }
        catch (ArgumentException ex)
        {
            ThrowTerminatingError(new ErrorRecord(ex, ErrorRecords.InvalidConnectionArguments, ErrorCategory.InvalidArgument, server));
            throw; // not reached
        }
    }

    /// <summary>
    /// Runs one call on the pipeline thread. Returns false (after writing an error) when it failed for this item;
    /// stops the command for failures no other item can escape (unreachable server, refused key, unsupported call).
    /// </summary>
    internal bool TryInvoke<T>(Func<CancellationToken, Task<T>> call, object? target, out T result)
    {
        try
        {
            result = call(StopToken).GetAwaiter().GetResult();
            return true;
        }
        catch (OperationCanceledException) when (StopToken.IsCancellationRequested)
        {
            throw new PipelineStoppedException();
        }
        catch (ContactSyncClientException ex)
        {
            WriteClientError(ex, target);
            result = default!;
            return false;
        }
    }

    /// <summary>Writes a client failure: terminating for unreachable/unauthenticated/unsupported, else per item.</summary>
    internal void WriteClientError(ContactSyncClientException exception, object? target)
    {
        var record = ErrorRecords.FromClient(exception, target);
        if (ErrorRecords.IsTerminating(exception.ErrorId))
        {
            ThrowTerminatingError(record);
        }

        WriteError(record);
    }

    /// <summary>True when -WhatIf is in effect (bound, or $WhatIfPreference).</summary>
    internal bool IsWhatIf()
    {
        if (MyInvocation.BoundParameters.TryGetValue("WhatIf", out var bound))
        {
            return bound is SwitchParameter s ? s.IsPresent : LanguagePrimitives.IsTrue(bound);
        }

        return LanguagePrimitives.IsTrue(GetVariableValue("WhatIfPreference"));
    }

    /// <summary>Reads plans by name (wildcards allowed; every plan when null), writing an error for each exact name not found.</summary>
    internal IEnumerable<SyncPlanInfo> ResolvePlansByName(IEnumerable<string>? names)
    {
        IReadOnlyList<SyncPlanInfo>? all = null;
        IReadOnlyList<SyncPlanInfo> All()
        {
            if (all is null && !TryInvoke(ct => Client.ListConfigsAsync(null, ct), null, out all))
            {
                all = Array.Empty<SyncPlanInfo>();
            }

            return all;
        }

        if (names is null)
        {
            foreach (var plan in All())
            {
                yield return plan;
            }

            yield break;
        }

        foreach (var name in names)
        {
            if (WildcardPattern.ContainsWildcardCharacters(name))
            {
                var pattern = new WildcardPattern(name, WildcardOptions.IgnoreCase);
                foreach (var plan in All().Where(p => pattern.IsMatch(p.Name)))
                {
                    yield return plan;
                }
            }
            else if (TryInvoke(ct => Client.GetConfigAsync(null, name, ct), name, out var plan))
            {
                yield return plan;
            }
        }
    }

    /// <summary>Reads plans by id, writing an error for each id not found.</summary>
    internal IEnumerable<SyncPlanInfo> ResolvePlansById(IEnumerable<string> ids)
    {
        foreach (var id in ids)
        {
            if (TryInvoke(ct => Client.GetConfigAsync(id, null, ct), id, out var plan))
            {
                yield return plan;
            }
        }
    }

    /// <summary>Follows a run stream on the pipeline thread with a progress bar; on Ctrl+C optionally cancels the run.</summary>
    internal SyncRunInfo? FollowRun(RunEventStream stream, string activity, bool cancelOnStop, object? target)
    {
        try
        {
            var run = RunProgressRecords.Follow(
                () => stream.MoveNextAsync(StopToken).GetAwaiter().GetResult() ? stream.Current : null,
                WriteProgress,
                activity);
            if (run is null)
            {
                WriteError(ErrorRecords.Create(
                    ErrorRecords.RunStreamEnded,
                    ErrorCategory.ProtocolError,
                    "The server ended the run stream without a result; see Get-ContactSyncStatus.",
                    target));
            }

            return run;
        }
        catch (OperationCanceledException) when (StopToken.IsCancellationRequested)
        {
            if (cancelOnStop && stream.RunId is { } runId)
            {
                // The pipeline token is cancelled: give the cancel call its own short deadline.
                using var cancelTimeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
                try
                {
                    Client.CancelRunAsync(runId, cancelTimeout.Token).GetAwaiter().GetResult();
                }
                catch (Exception ex) when (ex is ContactSyncClientException or OperationCanceledException)
                {
                    // The pipeline is stopping; nothing can be written any more.
                }
            }

            throw new PipelineStoppedException();
        }
        catch (ContactSyncClientException ex)
        {
            WriteClientError(ex, target);
            return null;
        }
    }
}
