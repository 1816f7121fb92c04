using System.Management.Automation;
using ContactSync.Client.Models;
using ContactSync.PowerShell.Completers;

namespace ContactSync.PowerShell.Cmdlets;

/// <summary>
/// <para type="synopsis">Checks the stored Zoho CRM and Google credentials against the live services.</para>
/// <para type="description">Test-ContactSyncConnection asks the server to obtain a token and make one read call per service; it returns whether that worked, the account seen and the round-trip time.</para>
/// </summary>
/// <example>
/// <code>Test-ContactSyncConnection</code>
/// <para>Tests both connections.</para>
/// </example>
[Cmdlet(VerbsDiagnostic.Test, "ContactSyncConnection")]
[OutputType(typeof(ConnectionTestInfo))]
public sealed class TestContactSyncConnectionCommand : ContactSyncCmdlet
{
    /// <summary>
    /// <para type="description">Which connections to test: Zoho, Google (default both).</para>
    /// </summary>
    [Parameter(Position = 0)]
    public ConnectionKind[] Kind { get; set; } = { ConnectionKind.Zoho, ConnectionKind.Google };

    /// <summary>
    /// <para type="description">Google: the account to test (default: the connection's default account).</para>
    /// </summary>
    [Parameter]
    [ArgumentCompleter(typeof(GoogleAccountCompleter))]
    public string? GoogleAccount { get; set; }

    /// <inheritdoc />
    protected override void EndProcessing()
    {
        foreach (var kind in Kind)
        {
            if (TryInvoke(ct => Client.TestConnectionAsync(kind, kind == ConnectionKind.Google ? GoogleAccount : null, ct), kind, out var result))
            {
                WriteObject(result);
            }
        }
    }
}
