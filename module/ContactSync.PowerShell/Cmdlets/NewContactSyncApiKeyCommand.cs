using System.Management.Automation;
using ContactSync.Client.Models;

namespace ContactSync.PowerShell.Cmdlets;

/// <summary>
/// <para type="synopsis">Creates an API key (admin key). The secret is shown once.</para>
/// <para type="description">New-ContactSyncApiKey creates an admin key (everything) or a user key bound to a CRM user (only that user's plans). The returned Secret is what clients send; the server cannot show it again.</para>
/// </summary>
/// <example>
/// <code>$key = New-ContactSyncApiKey -Name 'Zoho widget' -Role User -CrmUser 5725767000000411001
/// "Give the widget this key (shown only now): $($key.Secret)"</code>
/// <para>Creates a user key bound to a CRM user and shows its secret, which the server never shows again.</para>
/// </example>
[Cmdlet(VerbsCommon.New, "ContactSyncApiKey", SupportsShouldProcess = true)]
[OutputType(typeof(NewApiKeyInfo))]
public sealed class NewContactSyncApiKeyCommand : ContactSyncCmdlet
{
    // Enum parameters from ContactSync.Client keep their value in an object field: PowerShell loads this type
    // (GetExportedTypes) before ContactSyncModuleInitializer hooks the dependency resolver, and a value-type
    // field would force ContactSync.Client to load from the default context at that moment.
    private object? _role;

    /// <summary>
    /// <para type="description">A label for people (1..100 characters).</para>
    /// </summary>
    [Parameter(Mandatory = true, Position = 0)]
    [ValidateNotNullOrEmpty]
    public string Name { get; set; } = "";

    /// <summary>
    /// <para type="description">Admin or User (default User).</para>
    /// </summary>
    [Parameter]
    public ApiKeyRole Role
    {
        get => _role is ApiKeyRole value ? value : ApiKeyRole.User;
        set => _role = value;
    }

    /// <summary>
    /// <para type="description">For user keys: the CRM user id the key is bound to.</para>
    /// </summary>
    [Parameter]
    public string? CrmUser { get; set; }

    /// <inheritdoc />
    protected override void EndProcessing()
    {
        if (ShouldProcess(Name, $"Create {Role} API key")
            && TryInvoke(ct => Client.CreateApiKeyAsync(Name, Role, CrmUser, ct), Name, out var key))
        {
            WriteObject(key);
        }
    }
}
