using System.Management.Automation;
using ContactSync.PowerShell.Internal;

namespace ContactSync.PowerShell.Cmdlets;

/// <summary>
/// <para type="synopsis">Forgets the session's default ContactSync connection.</para>
/// <para type="description">Disconnect-ContactSync closes the default connection made by Connect-ContactSync, or the connection given with -Connection. Nothing changes on the server.</para>
/// </summary>
/// <example>
/// <code>Disconnect-ContactSync</code>
/// <para>Closes the session default connection.</para>
/// </example>
[Cmdlet(VerbsCommunications.Disconnect, "ContactSync")]
[OutputType(typeof(void))]
public sealed class DisconnectContactSyncCommand : PSCmdlet
{
    /// <summary>
    /// <para type="description">A connection to close instead of the session default.</para>
    /// </summary>
    [Parameter(ValueFromPipeline = true)]
    public ContactSyncConnection? Connection { get; set; }

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        if (Connection is not null)
        {
            if (ReferenceEquals(SessionConnections.Current, Connection))
            {
                SessionConnections.Exchange(null);
            }

            Connection.Dispose();
            return;
        }

        var previous = SessionConnections.Exchange(null);
        if (previous is null)
        {
            WriteVerbose("There was no ContactSync connection.");
        }

        previous?.Dispose();
    }
}
