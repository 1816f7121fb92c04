using System.Management.Automation;
using ContactSync.Client;
using ContactSync.Client.Models;

namespace ContactSync.PowerShell.Internal;

/// <summary>How Set-ContactSyncConfig -Template reports each CRM user's result: what-if lines, verbose lines and error records.</summary>
internal static class RollOutRecords
{
    /// <summary>The ShouldProcess action of a result ("Create sync plan", …).</summary>
    public static string Action(RollOutResultInfo result) => result.Outcome switch
    {
        RollOutOutcome.Created => "Create sync plan",
        RollOutOutcome.Updated => "Update sync plan",
        _ => "Keep sync plan (unchanged)",
    };

    /// <summary>The plan a result names, with its user, account, view and group, for people.</summary>
    public static string Describe(RollOutResultInfo result, PlanTemplateInfo template)
    {
        var plan = result.Plan;
        var group = result.GoogleGroupCreated
            ? ErrorRecords.Format("'{0}' (to be created in that account)", template.GoogleGroup)
            : ErrorRecords.Format("'{0}' ({1})", template.GoogleGroup, plan?.GoogleGroup);
        return ErrorRecords.Format("'{0}' for CRM user {1}: Google account {2}, view '{3}' ({4}), group {5}, {6}",
            plan?.Name, result.CrmUser, result.GoogleAccount, template.CrmView, plan?.CrmView, group, plan?.Direction);
    }

    /// <summary>The error record of a user who gets no plan: CRM_PERMISSION_MISSING has its own id, every other reason is named in the message.</summary>
    public static ErrorRecord Failure(RollOutResultInfo result)
    {
        var permission = result.Reason == "CRM_PERMISSION_MISSING";
        var category = result.Reason switch
        {
            "CRM_PERMISSION_MISSING" => ErrorCategory.PermissionDenied,
            "CRM_USER_NOT_FOUND" or "CRM_VIEW_NOT_FOUND" => ErrorCategory.ObjectNotFound,
            "INVALID_FIELDS" or "CRM_VIEW_AMBIGUOUS" or "GOOGLE_GROUP_AMBIGUOUS" or "PLAN_NAME_TAKEN" => ErrorCategory.InvalidArgument,
            "SERVICE_UNAVAILABLE" or "RATE_LIMITED" => ErrorCategory.ResourceUnavailable,
            _ => ErrorCategory.InvalidOperation,
        };
        var account = result.GoogleAccount.Length > 0 ? " (" + result.GoogleAccount + ")" : "";
        var rule = permission && result.Details.TryGetValue("missing_permissions", out var rules) ? ErrorRecords.Format(" Rule: {0}.", rules) : "";
        return ErrorRecords.Create(
            permission ? ContactSyncErrorIds.CrmPermissionMissing : ContactSyncErrorIds.RollOutFailed,
            category,
            ModuleWording.Text(ErrorRecords.Format("CRM user {0}{1} gets no plan: {2} {3}{4}", result.CrmUser, account, result.Reason, result.Message, rule)),
            result.CrmUser);
    }
}
