using System.Management.Automation;
using ContactSync.Client.Models;

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
[Cmdlet(VerbsCommon.Remove, "ContactSyncConfig", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High, DefaultParameterSetName = PlanParameterSets.ByName)]
[OutputType(typeof(SyncPlanInfo))]
public sealed class RemoveContactSyncConfigCommand : PlanSelectingCmdlet
{
    /// <summary>
    /// <para type="description">Returns the deleted plans.</para>
    /// </summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        var fromInput = PlansFromInputObject;
        foreach (var plan in SelectedPlans())
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
