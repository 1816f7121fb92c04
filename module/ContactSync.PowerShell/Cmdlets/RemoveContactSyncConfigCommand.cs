using System.Management.Automation;
using ContactSync.Client.Models;
using ContactSync.PowerShell.Completers;

namespace ContactSync.PowerShell.Cmdlets;

/// <summary>
/// <para type="synopsis">Deletes sync plans.</para>
/// <para type="description">Remove-ContactSyncConfig deletes a plan with its links, cursors and run history. The contacts on both sides stay; the durable cross-references keep a re-created plan from making duplicates. A plan piped from Get-ContactSyncConfig is deleted only if it is still at the version that was read. It asks for confirmation (ConfirmImpact High); -Confirm:$false deletes without asking.</para>
/// </summary>
/// <example>
/// <code>Remove-ContactSyncConfig -PlanName 'Old plan' -WhatIf</code>
/// <para>Shows what would be deleted.</para>
/// </example>
/// <example>
/// <code>Get-ContactSyncConfig 'Test*' | Remove-ContactSyncConfig -Confirm:$false</code>
/// <para>Deletes every plan whose name starts with Test, without asking.</para>
/// </example>
[Cmdlet(VerbsCommon.Remove, "ContactSyncConfig", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High, DefaultParameterSetName = ByNameParameterSet)]
[OutputType(typeof(SyncPlanInfo))]
public sealed class RemoveContactSyncConfigCommand : ContactSyncCmdlet
{
    private const string ByNameParameterSet = "ByName";
    private const string ByIdParameterSet = "ById";
    private const string ByInputObjectParameterSet = "ByInputObject";

    /// <summary>
    /// <para type="description">Plan names; wildcards are allowed.</para>
    /// </summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ParameterSetName = ByNameParameterSet)]
    [Alias("Name")]
    [SupportsWildcards]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(PlanNameCompleter))]
    public string[] PlanName { get; set; } = Array.Empty<string>();

    /// <summary>
    /// <para type="description">Plan ids.</para>
    /// </summary>
    [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true, ParameterSetName = ByIdParameterSet)]
    [Alias("Id")]
    [ValidateNotNullOrEmpty]
    public string[] PlanId { get; set; } = Array.Empty<string>();

    /// <summary>
    /// <para type="description">Plans from Get-ContactSyncConfig.</para>
    /// </summary>
    [Parameter(Mandatory = true, ValueFromPipeline = true, ParameterSetName = ByInputObjectParameterSet)]
    [ValidateNotNull]
    public SyncPlanInfo[] InputObject { get; set; } = Array.Empty<SyncPlanInfo>();

    /// <summary>
    /// <para type="description">Returns the deleted plans.</para>
    /// </summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        var plans = ParameterSetName switch
        {
            ByIdParameterSet => ResolvePlansById(PlanId),
            ByInputObjectParameterSet => InputObject,
            _ => ResolvePlansByName(PlanName),
        };
        var fromInput = ParameterSetName == ByInputObjectParameterSet;
        foreach (var plan in plans.ToList())
        {
            if (!ShouldProcess($"{plan.Name} ({plan.Id})", "Remove sync plan"))
            {
                continue;
            }

            if (TryInvoke(ct => Client.DeleteConfigAsync(plan.Id, fromInput ? plan.Version : 0, ct), plan, out var deleted) && PassThru)
            {
                WriteObject(deleted);
            }
        }
    }
}
