using System.Text.RegularExpressions;
using ContactSync.Core.Plans;

namespace ContactSync.Server.Plans.RollOut;

/// <summary>
/// The rules of a RollOutPlans request as a whole (every violation at once, paths in proto form): the template's own plan
/// rules (<c>template.direction</c>, <c>template.field_mappings[2].google_field</c>, …), a view and a group name, and 1 to
/// <see cref="MaxUsers"/> distinct CRM user ids.
/// </summary>
internal static partial class RollOutRequestRules
{
    /// <summary>The most users one call rolls out to.</summary>
    public const int MaxUsers = 1_000;

    /// <summary>The plan fields a template does not have: they are filled per user.</summary>
    private static readonly HashSet<string> PerUserFields = new(StringComparer.Ordinal)
    {
        "plan.name", "plan.crm_user_id", "plan.crm_view_id", "plan.google_group", "plan.google_account",
    };

    /// <summary>Throws <see cref="ValidationFailedException"/> listing every violation.</summary>
    public static void Validate(PlanTemplate template, IReadOnlyList<string> crmUserIds)
    {
        var violations = new List<FieldViolation>();
        var sample = PlanValidator.Normalize(template.Settings with
        {
            Name = "template", CrmUserId = "1", CrmViewId = "1", GoogleGroup = "contactGroups/template", GoogleAccount = "",
        });
        violations.AddRange(PlanValidator.Validate(sample)
            .Where(v => !PerUserFields.Contains(v.Field))
            .Select(v => v with { Field = "template." + v.Field["plan.".Length..] }));
        if (template.CrmViewName.Trim().Length == 0)
        {
            violations.Add(new FieldViolation("template.crm_view_name", "Name the CRM view every plan uses (e.g. \"All Contacts\"); it is looked up for each user."));
        }

        if (template.GoogleGroupName.Trim().Length == 0)
        {
            violations.Add(new FieldViolation("template.google_group_name", "Name the Google group (e.g. \"ContactSync\"); it is looked up, or created, in each user's account."));
        }

        if (crmUserIds.Count is 0 or > MaxUsers)
        {
            violations.Add(new FieldViolation("crm_user_ids", $"Give 1 to {MaxUsers} CRM user ids (ListCrmUsers lists them); this request has {crmUserIds.Count}."));
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < crmUserIds.Count; i++)
        {
            var id = crmUserIds[i].Trim();
            if (!DigitsRegex().IsMatch(id))
            {
                violations.Add(new FieldViolation($"crm_user_ids[{i}]", "A CRM user id is a number of 1 to 30 digits."));
            }
            else if (!seen.Add(id))
            {
                violations.Add(new FieldViolation($"crm_user_ids[{i}]", $"CRM user {id} is given twice."));
            }
        }

        if (violations.Count > 0)
        {
            throw new ValidationFailedException(violations);
        }
    }

    [GeneratedRegex("^[0-9]{1,30}$", RegexOptions.CultureInvariant)]
    private static partial Regex DigitsRegex();
}
