using ContactSync.Core.Mapping;
using ContactSync.Core.Plans;
using ContactSync.Server.Catalog;
using ContactSync.Server.Connections;
using ContactSync.Server.Errors;
using ContactSync.Storage.Connections;
using ContactSync.Zoho.Access;

namespace ContactSync.Server.Plans;

/// <summary>
/// Configure's checks against the live services: the plan's view, CRM fields and cross-reference field must exist in the
/// connected CRM, and its group must be a user group of the plan's Google account; the plan's CRM user must pass S10.
/// A connection that is not configured skips its checks, so plans can be written before the connections.
/// </summary>
internal sealed class PlanReferenceChecker(ConnectionStore connections, LiveCatalog catalog, ICrmAccessChecker access)
{
    /// <summary>The violations of references, skipping fields listed in <paramref name="alreadyInvalid"/>.</summary>
    public async Task<IReadOnlyList<FieldViolation>> CheckAsync(SyncPlanDefinition plan, IReadOnlySet<string> alreadyInvalid, CancellationToken cancellationToken)
    {
        var violations = new List<FieldViolation>();
        if (await connections.IsConfiguredAsync(StoredConnectionKind.Zoho, cancellationToken))
        {
            await CheckCrmAsync(plan, alreadyInvalid, violations, cancellationToken);
        }

        if (await connections.IsConfiguredAsync(StoredConnectionKind.Google, cancellationToken) && plan.GoogleGroup.Length > 0
            && !alreadyInvalid.Contains("plan.google_group") && !alreadyInvalid.Contains("plan.google_account"))
        {
            var groups = await catalog.GoogleAsync(plan.GoogleAccount, PickerService.ListGroups, google => google.ListGroupsAsync(cancellationToken), cancellationToken,
                list => list.Any(g => string.Equals(g.ResourceName, plan.GoogleGroup, StringComparison.Ordinal)));
            var group = groups.FirstOrDefault(g => string.Equals(g.ResourceName, plan.GoogleGroup, StringComparison.Ordinal));
            if (group is null)
            {
                var account = plan.GoogleAccount.Length > 0 ? $"The Google account {plan.GoogleAccount}" : "The connected Google account";
                violations.Add(new FieldViolation("plan.google_group", $"{account} has no contact group '{plan.GoogleGroup}'; ListGoogleGroups lists them."));
            }
            else if (!string.Equals(group.GroupType, PickerService.UserGroupType, StringComparison.Ordinal))
            {
                violations.Add(new FieldViolation("plan.google_group", $"'{plan.GoogleGroup}' is a system group; choose a group users made (ListGoogleGroups lists them)."));
            }
        }

        return violations;
    }

    /// <summary>S10 for the plan's CRM user when the Zoho connection is configured (<see cref="AccessDeniedException"/> otherwise).</summary>
    public async Task EnsureCrmAccessAsync(SyncPlanDefinition plan, CancellationToken cancellationToken)
    {
        if (plan.CrmUserId.Length == 0 || !await connections.IsConfiguredAsync(StoredConnectionKind.Zoho, cancellationToken))
        {
            return;
        }

        // The answer (a denial too) is reused briefly: validating the same plan again costs no Zoho call.
        await catalog.ZohoAsync($"Checking the permissions of CRM user {plan.CrmUserId} for {plan.Direction} plans",
            async zoho =>
            {
                await access.EnsurePermissionsAsync(zoho, plan.CrmUserId, plan.Direction, cancellationToken);
                return true;
            },
            cancellationToken);
    }

    private async Task CheckCrmAsync(SyncPlanDefinition plan, IReadOnlySet<string> alreadyInvalid, List<FieldViolation> violations, CancellationToken cancellationToken)
    {
        if (plan.CrmViewId.Length > 0 && !alreadyInvalid.Contains("plan.crm_view_id"))
        {
            var views = await catalog.ZohoAsync("Listing the Contacts views", zoho => zoho.GetContactViewsAsync(cancellationToken), cancellationToken,
                list => list.Any(v => string.Equals(v.Id, plan.CrmViewId, StringComparison.Ordinal)));
            if (!views.Any(v => string.Equals(v.Id, plan.CrmViewId, StringComparison.Ordinal)))
            {
                violations.Add(new FieldViolation("plan.crm_view_id", $"The connected CRM has no Contacts view '{plan.CrmViewId}'; ListCrmViews lists them."));
            }
        }

        var named = plan.FieldMappings.Select(m => m.CrmField).Append(plan.CrmGoogleRefField).Where(f => f.Length > 0).ToList();
        var fields = (await catalog.ZohoAsync("Reading the Contacts fields", zoho => zoho.GetContactFieldsAsync(cancellationToken), cancellationToken,
                list => named.All(n => list.Any(f => string.Equals(f.ApiName, n, StringComparison.Ordinal)))))
            .GroupBy(f => f.ApiName, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        for (var i = 0; i < plan.FieldMappings.Count; i++)
        {
            var path = $"plan.field_mappings[{i}].crm_field";
            var mapping = plan.FieldMappings[i];
            if (mapping.CrmField.Length == 0 || alreadyInvalid.Contains(path))
            {
                continue;
            }

            if (!fields.TryGetValue(mapping.CrmField, out var field))
            {
                violations.Add(new FieldViolation(path, $"The CRM Contacts module has no field '{mapping.CrmField}' (API names are case-sensitive; ListFields lists them)."));
            }
            else if (field.ReadOnly && plan.Direction != SyncDirection.CrmToGoogle && mapping.Direction != MappingDirection.CrmToGoogle)
            {
                violations.Add(new FieldViolation(path, $"'{mapping.CrmField}' is read-only in the CRM; map it CRM → Google only."));
            }
        }

        var refField = plan.CrmGoogleRefField;
        if (refField.Length > 0 && !alreadyInvalid.Contains("plan.crm_google_ref_field"))
        {
            if (!fields.TryGetValue(refField, out var field))
            {
                violations.Add(new FieldViolation("plan.crm_google_ref_field", $"The CRM Contacts module has no field '{refField}'; create a text field for the cross-reference first."));
            }
            else if (field.ReadOnly)
            {
                violations.Add(new FieldViolation("plan.crm_google_ref_field", $"'{refField}' is read-only in the CRM and cannot hold the cross-reference."));
            }
        }
    }
}
