using System.Management.Automation;
using ContactSync.Client.Models;

namespace ContactSync.PowerShell.Cmdlets;

/// <summary>
/// <para type="synopsis">Lists API keys without their secrets (admin key).</para>
/// <para type="description">Get-ContactSyncApiKey lists the valid keys, oldest first; -IncludeRevoked adds revoked ones.</para>
/// </summary>
/// <example>
/// <code>Get-ContactSyncApiKey -IncludeRevoked</code>
/// <para>Every key ever made.</para>
/// </example>
[Cmdlet(VerbsCommon.Get, "ContactSyncApiKey")]
[OutputType(typeof(ApiKeyInfo))]
public sealed class GetContactSyncApiKeyCommand : ContactSyncCmdlet
{
    /// <summary>
    /// <para type="description">Key labels to return; wildcards are allowed.</para>
    /// </summary>
    [Parameter(Position = 0)]
    [SupportsWildcards]
    public string[]? Name { get; set; }

    /// <summary>
    /// <para type="description">Includes revoked keys.</para>
    /// </summary>
    [Parameter]
    public SwitchParameter IncludeRevoked { get; set; }

    /// <inheritdoc />
    protected override void EndProcessing()
    {
        if (TryInvoke(ct => Client.ListApiKeysAsync(IncludeRevoked, ct), null, out var keys))
        {
            WriteObject(Filter.ByName(keys, k => k.Name, Name), enumerateCollection: true);
        }
    }
}
