using ContactSync.Client.Models;
using ContactSync.PowerShell.Cmdlets;

namespace ContactSync.PowerShell.Internal;

/// <summary>
/// Set-ContactSyncConfig -Template: one RollOutPlans call for the CRM users collected from the pipeline. With -WhatIf the
/// server checks everything without writing (validate_only) and each plan it would create or change is shown as a what-if
/// line; otherwise the roll-out is confirmed once and each stored plan is reported (returned with -PassThru). A user who gets
/// no plan is an error record (ContactSyncCrmPermissionMissing for a CRM permission rule, naming it; ContactSyncRollOutFailed
/// otherwise); the other users go on.
/// </summary>
internal static class TemplateRollOut
{
    public static void Run(ContactSyncCmdlet cmdlet, PlanTemplateInfo template, IReadOnlyList<string> crmUsers, bool passThru)
    {
        if (crmUsers.Count == 0)
        {
            return;
        }

        var whatIf = cmdlet.IsWhatIf();
        if (!whatIf && !cmdlet.ShouldProcess(ErrorRecords.Format("{0} CRM user(s) from the template '{1}'", crmUsers.Count, template.Name), "Roll out sync plans"))
        {
            return;
        }

        if (!cmdlet.TryInvoke(ct => cmdlet.Client.RollOutPlansAsync(template, crmUsers, whatIf, ct), template, out var results))
        {
            return;
        }

        foreach (var result in results)
        {
            Report(cmdlet, result, template, whatIf, passThru);
        }
    }

    private static void Report(ContactSyncCmdlet cmdlet, RollOutResultInfo result, PlanTemplateInfo template, bool whatIf, bool passThru)
    {
        if (result.Outcome == RollOutOutcome.Failed)
        {
            cmdlet.WriteError(RollOutRecords.Failure(result));
            return;
        }

        foreach (var warning in result.Warnings)
        {
            cmdlet.WriteWarning(ModuleWording.Text(ErrorRecords.Format("CRM user {0}: {1}", result.CrmUser, warning)));
        }

        if (whatIf)
        {
            // Prints "What if: Performing the operation ..." and returns false: nothing was written.
            cmdlet.ShouldProcess(RollOutRecords.Describe(result, template), RollOutRecords.Action(result));
            return;
        }

        cmdlet.WriteVerbose(ErrorRecords.Format("{0}: {1}", RollOutRecords.Action(result), RollOutRecords.Describe(result, template)));
        if (passThru)
        {
            cmdlet.WriteObject(result);
        }
    }
}
