using System.Management.Automation;
using ContactSync.Client.Models;

namespace ContactSync.PowerShell.Cmdlets;

/// <summary>
/// <para type="synopsis">Revokes API keys (admin key). A revoked key is refused at once.</para>
/// <para type="description">Revoke-ContactSyncApiKey revokes keys by id, for example piped from Get-ContactSyncApiKey. It asks for confirmation (ConfirmImpact High); -Confirm:$false revokes without asking.</para>
/// </summary>
/// <example>
/// <code>Get-ContactSyncApiKey -Name 'Old*' | Revoke-ContactSyncApiKey</code>
/// <para>Revokes every key whose label starts with Old.</para>
/// </example>
[Cmdlet(VerbsSecurity.Revoke, "ContactSyncApiKey", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
[OutputType(typeof(ApiKeyInfo))]
public sealed class RevokeContactSyncApiKeyCommand : ContactSyncCmdlet
{
    /// <summary>
    /// <para type="description">Key ids.</para>
    /// </summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("KeyId")]
    [ValidateNotNullOrEmpty]
    public string[] Id { get; set; } = Array.Empty<string>();

    /// <summary>
    /// <para type="description">Returns the revoked keys.</para>
    /// </summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        foreach (var id in Id)
        {
            if (ShouldProcess(id, "Revoke API key")
                && TryInvoke(ct => Client.RevokeApiKeyAsync(id, ct), id, out var key)
                && PassThru)
            {
                WriteObject(key);
            }
        }
    }
}
