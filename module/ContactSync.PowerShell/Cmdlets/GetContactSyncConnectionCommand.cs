using System.Management.Automation;
using ContactSync.Client.Models;

namespace ContactSync.PowerShell.Cmdlets;

/// <summary>
/// <para type="synopsis">Describes the stored Zoho CRM and Google connections, without secrets.</para>
/// <para type="description">Get-ContactSyncConnection shows whether each connection is configured, its endpoints, client id, impersonated user and when it was last set.</para>
/// </summary>
/// <example>
/// <code>Get-ContactSyncConnection</code>
/// <para>Both connections.</para>
/// </example>
[Cmdlet(VerbsCommon.Get, "ContactSyncConnection")]
[OutputType(typeof(ConnectionInfoRecord))]
public sealed class GetContactSyncConnectionCommand : ContactSyncCmdlet
{
    /// <inheritdoc />
    protected override void EndProcessing()
    {
        if (TryInvoke(ct => Client.GetConnectionsAsync(ct), null, out var connections))
        {
            WriteObject(connections, enumerateCollection: true);
        }
    }
}
