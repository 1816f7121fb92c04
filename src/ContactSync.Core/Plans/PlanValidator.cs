using System.Text.RegularExpressions;
using ContactSync.Core.Mapping;
using ContactSync.Core.Text;

namespace ContactSync.Core.Plans;

/// <summary>
/// Normalises and validates sync plan definitions. <see cref="Validate"/> reports every violation at once, with field
/// paths in proto form (<c>plan.name</c>, <c>plan.field_mappings[3].google_field</c>). Uniqueness of the name needs the
/// store and is checked by the caller.
/// </summary>
public static partial class PlanValidator
{
    /// <summary>The longest plan name, in characters as people count them (text elements).</summary>
    public const int MaxNameLength = 100;

    /// <summary>The most field mappings a plan may have.</summary>
    public const int MaxFieldMappings = 200;

    /// <summary>The shortest automatic interval.</summary>
    public static readonly TimeSpan MinInterval = TimeSpan.FromMinutes(5);

    /// <summary>The longest automatic interval.</summary>
    public static readonly TimeSpan MaxInterval = TimeSpan.FromDays(30);

    /// <summary>The CRM primary email field that matching depends on.</summary>
    public const string MatchCrmField = "Email";

    /// <summary>The Google path that matching depends on.</summary>
    public const string MatchGoogleField = "emailAddresses[type=work]";

    /// <summary>
    /// Fills defaults the way Configure does on input: an empty field map becomes the default map (without the
    /// mappings the plan's direction cannot use), trims text, turns a zero interval into manual, and rewrites Google
    /// paths in their canonical form when they parse.
    /// </summary>
    /// <param name="plan">The definition as received.</param>
    /// <returns>The normalised definition (still to be validated).</returns>
    public static SyncPlanDefinition Normalize(SyncPlanDefinition plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var mappings = plan.FieldMappings.Count == 0
            ? DefaultFieldMap.Mappings.Where(m => IsCompatible(plan.Direction, m.Direction)).ToList()
            : plan.FieldMappings.Select(NormalizeMapping).ToList();
        return plan with
        {
            Name = (plan.Name ?? "").Trim(),
            CrmUserId = (plan.CrmUserId ?? "").Trim(),
            CrmViewId = (plan.CrmViewId ?? "").Trim(),
            GoogleGroup = (plan.GoogleGroup ?? "").Trim(),
            Interval = plan.Interval == TimeSpan.Zero ? null : plan.Interval,
            FieldMappings = mappings,
            CrmGoogleRefField = (plan.CrmGoogleRefField ?? "").Trim(),
            GoogleAccount = NormalizeAccount(plan.GoogleAccount),
        };
    }

    /// <summary>A Google account as plans store it: trimmed, lower case ("" stays "").</summary>
    /// <param name="account">The account as given.</param>
    /// <returns>The stored form.</returns>
    public static string NormalizeAccount(string? account) => (account ?? "").Trim().ToLowerInvariant();

    /// <summary>Why a Google account is not an email address, or <see langword="null"/> when it is one (or empty).</summary>
    /// <param name="account">A normalised account.</param>
    /// <returns>The problem, in words.</returns>
    public static string? AccountProblem(string account)
    {
        ArgumentNullException.ThrowIfNull(account);
        return account.Length == 0 || AccountRegex().IsMatch(account)
            ? null
            : "The Google account is an email address (name@domain, at most 320 characters, no spaces).";
    }

    /// <summary>Checks every rule and returns all violations (empty when the plan is valid).</summary>
    /// <param name="plan">A definition, normally the output of <see cref="Normalize"/>.</param>
    /// <returns>The violations, in field order.</returns>
    public static IReadOnlyList<FieldViolation> Validate(SyncPlanDefinition plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var violations = new List<FieldViolation>();
        void Add(string field, string description) => violations.Add(new FieldViolation("plan." + field, description));

        ValidateIdentity(plan, Add);
        var directionValid = ValidateOptions(plan, Add);
        ValidateScope(plan, Add);
        ValidateMappings(plan, directionValid, Add);
        ValidateLimits(plan, Add);
        ValidateRefField(plan, Add);
        return violations;
    }

    private static void ValidateIdentity(SyncPlanDefinition plan, Action<string, string> add)
    {
        var name = plan.Name ?? "";
        if (name.Trim().Length == 0)
        {
            add("name", "A plan name is required.");
        }
        else if (DisplayText.Problem(name, MaxNameLength, "A plan name") is { } problem)
        {
            add("name", problem);
        }

        if (string.IsNullOrWhiteSpace(plan.CrmUserId))
        {
            add("crm_user_id", "The Zoho CRM user id is required.");
        }
        else if (!DigitsRegex().IsMatch(plan.CrmUserId))
        {
            add("crm_user_id", "The Zoho CRM user id is a number of 1 to 30 digits.");
        }
    }

    /// <summary>Direction, conflict winner and interval; returns whether the direction is valid (mappings depend on it).</summary>
    private static bool ValidateOptions(SyncPlanDefinition plan, Action<string, string> add)
    {
        var directionValid = plan.Direction != SyncDirection.Unspecified && Enum.IsDefined(plan.Direction);
        if (!directionValid)
        {
            add("direction", plan.Direction == SyncDirection.Unspecified
                ? "The direction is required: BIDIRECTIONAL, CRM_TO_GOOGLE or GOOGLE_TO_CRM."
                : $"{(int)plan.Direction} is not a known direction.");
        }

        if (!Enum.IsDefined(plan.ConflictWinner))
        {
            add("conflict_winner", $"{(int)plan.ConflictWinner} is not a known conflict winner.");
        }
        else if (plan.Direction == SyncDirection.Bidirectional && plan.ConflictWinner == ConflictWinner.Unspecified)
        {
            add("conflict_winner", "A bidirectional plan needs a conflict winner: CRM or GOOGLE.");
        }

        if (plan.Interval is { } interval && interval != TimeSpan.Zero)
        {
            if (interval < MinInterval || interval > MaxInterval)
            {
                add("interval", $"The interval is absent or 0 for manual plans, otherwise from {MinInterval.TotalMinutes:0} minutes to {MaxInterval.TotalDays:0} days.");
            }
        }

        if (plan.NearRealTime && plan.Interval is null or { Ticks: 0 })
        {
            add("near_real_time", "A near-real-time plan needs an interval: its scheduled runs catch what a lost notification or a missed poll did not bring.");
        }

        return directionValid;
    }

    private static void ValidateScope(SyncPlanDefinition plan, Action<string, string> add)
    {
        if (string.IsNullOrWhiteSpace(plan.CrmViewId))
        {
            add("crm_view_id", "The Zoho CRM custom view id is required (see ListCrmViews).");
        }
        else if (plan.CrmViewId.Length > 100)
        {
            add("crm_view_id", "The Zoho CRM custom view id has at most 100 characters.");
        }

        if (string.IsNullOrWhiteSpace(plan.GoogleGroup))
        {
            add("google_group", "The Google contact group is required, as \"contactGroups/<id>\" (see ListGoogleGroups).");
        }
        else if (!GoogleGroupRegex().IsMatch(plan.GoogleGroup))
        {
            add("google_group", "The Google contact group is a resource name \"contactGroups/<id>\".");
        }

        if (AccountProblem(plan.GoogleAccount ?? "") is { } accountProblem)
        {
            add("google_account", accountProblem);
        }
    }

    private static void ValidateLimits(SyncPlanDefinition plan, Action<string, string> add)
    {
        if (!Enum.IsDefined(plan.DeletionPolicy))
        {
            add("deletion.policy", "The deletion policy is KEEP, PROPAGATE or QUARANTINE.");
        }

        if (plan.MassDeleteThreshold < 0)
        {
            add("deletion.mass_delete_threshold", "The mass-deletion threshold is 0 (off) or more.");
        }

        if (plan.FirstRunCap < 0)
        {
            add("caps.first_run", "The first-run cap is 0 (no cap) or more.");
        }

        if (plan.LaterRunsCap < 0)
        {
            add("caps.later_runs", "The later-runs cap is 0 (no cap) or more.");
        }

        if (plan.EnforceOneWay && plan.Direction == SyncDirection.Bidirectional)
        {
            add("enforce_one_way", "enforce_one_way applies to one-way plans only.");
        }
    }

    private static void ValidateRefField(SyncPlanDefinition plan, Action<string, string> add)
    {
        var refField = plan.CrmGoogleRefField ?? "";
        if (refField.Length > 0)
        {
            if (!CrmApiNameRegex().IsMatch(refField))
            {
                add("crm_google_ref_field", "The cross-reference field is a Zoho CRM API name (a letter, then letters, digits or '_', at most 100).");
            }
            else if (plan.FieldMappings.Any(m => string.Equals(m.CrmField, refField, StringComparison.OrdinalIgnoreCase)))
            {
                add("crm_google_ref_field", $"'{refField}' is also mapped; the cross-reference field must be a field of its own.");
            }
            else if (DefaultFieldMap.CrmReadOnlyFields.Contains(refField))
            {
                add("crm_google_ref_field", $"'{refField}' is read-only in the CRM and cannot hold the cross-reference.");
            }
        }
    }

    /// <summary>Whether a mapping direction can be used in a plan of the given direction.</summary>
    /// <param name="plan">The plan's direction.</param>
    /// <param name="mapping">The mapping's direction.</param>
    /// <returns><see langword="true"/> when the mapping copies at least one way the plan allows.</returns>
    public static bool IsCompatible(SyncDirection plan, MappingDirection mapping) => (plan, mapping) switch
    {
        (SyncDirection.CrmToGoogle, MappingDirection.GoogleToCrm) => false,
        (SyncDirection.GoogleToCrm, MappingDirection.CrmToGoogle) => false,
        _ => true,
    };

    private static FieldMapping NormalizeMapping(FieldMapping mapping)
    {
        var crm = (mapping.CrmField ?? "").Trim();
        var google = mapping.GoogleField ?? "";
        if (GoogleFieldPath.TryParse(google, out var path, out _))
        {
            google = path.Canonical;
        }

        return mapping with { CrmField = crm, GoogleField = google };
    }

    private static void ValidateMappings(SyncPlanDefinition plan, bool directionValid, Action<string, string> add)
    {
        var mappings = plan.FieldMappings;
        if (mappings.Count > MaxFieldMappings)
        {
            // Too many to check one by one (and to report): the count alone is the violation.
            add("field_mappings", $"A plan has at most {MaxFieldMappings} field mappings; this one has {mappings.Count}.");
            return;
        }

        var crmSeen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var googleSeen = new HashSet<string>(StringComparer.Ordinal);
        var hasMatchMapping = false;
        for (var i = 0; i < mappings.Count; i++)
        {
            var mapping = mappings[i];
            var prefix = $"field_mappings[{i}].";
            var crm = mapping.CrmField ?? "";
            var crmValid = CheckCrmField(crm, prefix, crmSeen, add);
            var canonical = CheckGoogleField(mapping.GoogleField, prefix, googleSeen, add);

            if (!Enum.IsDefined(mapping.Direction))
            {
                add(prefix + "direction", $"{(int)mapping.Direction + 1} is not a known mapping direction.");
                continue;
            }

            if (directionValid && !IsCompatible(plan.Direction, mapping.Direction))
            {
                add(prefix + "direction", $"A {Describe(mapping.Direction)} mapping cannot be used in a {Describe(plan.Direction)} plan.");
            }
            else if (crmValid && DefaultFieldMap.CrmReadOnlyFields.Contains(crm)
                     && (mapping.Direction != MappingDirection.CrmToGoogle && plan.Direction != SyncDirection.CrmToGoogle))
            {
                add(prefix + "direction", $"'{crm}' is read-only in the CRM: map it CRM_TO_GOOGLE only.");
            }

            if (string.Equals(crm, MatchCrmField, StringComparison.Ordinal) && canonical == MatchGoogleField)
            {
                hasMatchMapping = true;
            }
        }

        if (!hasMatchMapping)
        {
            add("field_mappings", $"The field map must include {MatchCrmField} ↔ {MatchGoogleField}: contacts are matched by it.");
        }
    }

    /// <summary>A mapping's CRM field: required, an API name, mapped once. True when it is all three.</summary>
    private static bool CheckCrmField(string crm, string prefix, HashSet<string> crmSeen, Action<string, string> add)
    {
        if (crm.Length == 0)
        {
            add(prefix + "crm_field", "The CRM field API name is required.");
        }
        else if (!CrmApiNameRegex().IsMatch(crm))
        {
            add(prefix + "crm_field", $"'{crm}' is not a Zoho CRM API name (a letter, then letters, digits or '_', at most 100).");
        }
        else if (!crmSeen.Add(crm))
        {
            add(prefix + "crm_field", $"'{crm}' is mapped more than once.");
        }
        else
        {
            return true;
        }

        return false;
    }

    /// <summary>A mapping's Google field path in canonical form, or null when it does not parse or is mapped twice.</summary>
    private static string? CheckGoogleField(string? googleField, string prefix, HashSet<string> googleSeen, Action<string, string> add)
    {
        if (!GoogleFieldPath.TryParse(googleField, out var path, out var error))
        {
            add(prefix + "google_field", error);
        }
        else if (!googleSeen.Add(path.Canonical))
        {
            add(prefix + "google_field", $"'{path.Canonical}' is mapped more than once.");
        }
        else
        {
            return path.Canonical;
        }

        return null;
    }

    private static string Describe(MappingDirection direction) => direction switch
    {
        MappingDirection.CrmToGoogle => "CRM_TO_GOOGLE",
        MappingDirection.GoogleToCrm => "GOOGLE_TO_CRM",
        _ => "BOTH",
    };

    private static string Describe(SyncDirection direction) => direction switch
    {
        SyncDirection.CrmToGoogle => "CRM_TO_GOOGLE",
        SyncDirection.GoogleToCrm => "GOOGLE_TO_CRM",
        _ => "BIDIRECTIONAL",
    };

    [GeneratedRegex("^[0-9]{1,30}$", RegexOptions.CultureInvariant)]
    private static partial Regex DigitsRegex();

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_]{0,99}$", RegexOptions.CultureInvariant)]
    private static partial Regex CrmApiNameRegex();

    [GeneratedRegex("^contactGroups/[A-Za-z0-9_\\-]{1,100}$", RegexOptions.CultureInvariant)]
    private static partial Regex GoogleGroupRegex();

    [GeneratedRegex("^(?=.{3,320}$)[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+$", RegexOptions.CultureInvariant)]
    private static partial Regex AccountRegex();
}
