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
    /// <para type="description">The ContactSync server address, e.g. http://127.0.0.1:5181 (the server's gRPC-Web port over plain http) or https://sync.example.com (a server with a certificate). Overrides the session default of Connect-ContactSync for this call; use with -ApiKey.</para>
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
        GC.SuppressFinalize(this);
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
            ThrowTerminatingError(ErrorRecords.InvalidConnection(ex, server));
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

    /// <summary>
    /// Reads plans by name (wildcards allowed; every plan when null), writing an error for each exact name not found
    /// that suggests the closest plan names.
    /// </summary>
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
            else if (TryGetPlanByName(name, () => All().Select(p => p.Name)) is { } plan)
            {
                yield return plan;
            }
        }
    }

    /// <summary>One plan by exact name, or null after an error that names the closest plans.</summary>
    internal SyncPlanInfo? TryGetPlanByName(string name, Func<IEnumerable<string>> allNames)
    {
        try
        {
            return Client.GetConfigAsync(null, name, StopToken).GetAwaiter().GetResult();
        }
        catch (ContactSyncClientException ex) when (ex.ErrorId == ContactSyncErrorIds.ConfigNotFound)
        {
            WriteError(PlanNotFound(name, allNames()));
        }
        catch (ContactSyncClientException ex)
        {
            WriteClientError(ex, name);
        }
        catch (OperationCanceledException) when (StopToken.IsCancellationRequested)
        {
            throw new PipelineStoppedException();
        }

        return null;
    }

    /// <summary>The error for a plan name that matched nothing, with the closest names.</summary>
    internal static ErrorRecord PlanNotFound(string name, IEnumerable<string> allNames) => ErrorRecords.Create(
        ContactSyncErrorIds.ConfigNotFound,
        ErrorCategory.ObjectNotFound,
        NameSuggestions.NotFound("sync plan", name, allNames, "Get-ContactSyncConfig"),
        name);

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
            else
            {
                WriteRunWarnings(run);
            }

            return run;
        }
        catch (OperationCanceledException) when (StopToken.IsCancellationRequested)
        {
            if (!cancelOnStop && stream.RunId is { } detached)
            {
                TellDetached(detached);
            }

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

    /// <summary>Conditions of the whole plan and field values left unwritten, which the counts alone do not show.</summary>
    internal void WriteRunWarnings(SyncRunInfo run)
    {
        foreach (var condition in run.Conditions)
        {
            WriteWarning(ModuleWording.Text(condition.ToString()));
        }

        if (run.Notes > 0)
        {
            WriteWarning(ErrorRecords.Format(
                "{0} field value(s) were not written because the target field cannot hold them; Get-ContactSyncRunError -RunId {1} lists them.",
                run.Notes,
                run.Id));
        }
    }

    /// <summary>
    /// After Ctrl+C without -CancelOnStop: the run goes on, so say which run it is and how to get back to it. The pipeline
    /// is stopping (it takes no more records), so this goes straight to the host.
    /// </summary>
    private void TellDetached(string runId)
    {
        try
        {
            Host?.UI?.WriteWarningLine(ErrorRecords.Format(
                "Stopped waiting; run {0} goes on on the server. Follow it again: Wait-ContactSync -RunId {0}   Cancel it: Stop-ContactSync -RunId {0}",
                runId));
        }
        catch (Exception ex) when (ex is PipelineStoppedException or InvalidOperationException or IOException)
        {
            // A host without a console: nothing can be shown.
        }
    }
}
