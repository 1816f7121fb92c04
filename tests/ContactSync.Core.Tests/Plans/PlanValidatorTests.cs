using ContactSync.Core.Plans;

namespace ContactSync.Core.Tests.Plans;

/// <summary>Each plan-level rule of <see cref="PlanValidator"/>, with its field path (proto form) and its message.</summary>
public sealed class PlanValidatorTests
{
    private static readonly Dictionary<string, (Func<SyncPlanDefinition, SyncPlanDefinition> Break, string Field, string Message)> Cases = new()
    {
        ["name empty"] = (p => p with { Name = "" }, "plan.name", "A plan name is required."),
        ["name blank"] = (p => p with { Name = "   " }, "plan.name", "A plan name is required."),
        ["name control"] = (p => p with { Name = "Sales\tteam" }, "plan.name", "A plan name must not contain control characters (tabs, line breaks, …)."),
        ["name bidi"] = (p => p with { Name = "Sales \u202Emaet" }, "plan.name", "A plan name must not contain bidirectional control characters (U+202A–U+202E, U+2066–U+2069)."),
        ["name invisible"] = (p => p with { Name = "\u200B\u200B" }, "plan.name", "A plan name needs at least one visible character; this one has only spaces or invisible characters."),
        ["name long"] = (p => p with { Name = new string('n', 101) }, "plan.name", "A plan name has at most 100 characters; this one has 101."),
        ["user empty"] = (p => p with { CrmUserId = " " }, "plan.crm_user_id", "The Zoho CRM user id is required."),
        ["user not digits"] = (p => p with { CrmUserId = "user-7" }, "plan.crm_user_id", "The Zoho CRM user id is a number of 1 to 30 digits."),
        ["user too long"] = (p => p with { CrmUserId = new string('1', 31) }, "plan.crm_user_id", "The Zoho CRM user id is a number of 1 to 30 digits."),
        ["direction missing"] = (p => p with { Direction = SyncDirection.Unspecified }, "plan.direction", "The direction is required: BIDIRECTIONAL, CRM_TO_GOOGLE or GOOGLE_TO_CRM."),
        ["direction unknown"] = (p => p with { Direction = (SyncDirection)9 }, "plan.direction", "9 is not a known direction."),
        ["winner unknown"] = (p => p with { ConflictWinner = (ConflictWinner)7 }, "plan.conflict_winner", "7 is not a known conflict winner."),
        ["winner missing"] = (p => p with { ConflictWinner = ConflictWinner.Unspecified }, "plan.conflict_winner", "A bidirectional plan needs a conflict winner: CRM or GOOGLE."),
        ["interval short"] = (p => p with { Interval = TimeSpan.FromMinutes(4) }, "plan.interval", "The interval is absent or 0 for manual plans, otherwise from 5 minutes to 30 days."),
        ["interval long"] = (p => p with { Interval = TimeSpan.FromDays(30.5) }, "plan.interval", "The interval is absent or 0 for manual plans, otherwise from 5 minutes to 30 days."),
        ["view empty"] = (p => p with { CrmViewId = "" }, "plan.crm_view_id", "The Zoho CRM custom view id is required (see ListCrmViews)."),
        ["view long"] = (p => p with { CrmViewId = new string('4', 101) }, "plan.crm_view_id", "The Zoho CRM custom view id has at most 100 characters."),
        ["group empty"] = (p => p with { GoogleGroup = "" }, "plan.google_group", "The Google contact group is required, as \"contactGroups/<id>\" (see ListGoogleGroups)."),
        ["group not a resource"] = (p => p with { GoogleGroup = "groups/friends" }, "plan.google_group", "The Google contact group is a resource name \"contactGroups/<id>\"."),
        ["deletion unknown"] = (p => p with { DeletionPolicy = (DeletionPolicy)9 }, "plan.deletion.policy", "The deletion policy is KEEP, PROPAGATE or QUARANTINE."),
        ["breaker negative"] = (p => p with { MassDeleteThreshold = -1 }, "plan.deletion.mass_delete_threshold", "The mass-deletion threshold is 0 (off) or more."),
        ["first cap negative"] = (p => p with { FirstRunCap = -1 }, "plan.caps.first_run", "The first-run cap is 0 (no cap) or more."),
        ["later cap negative"] = (p => p with { LaterRunsCap = -5 }, "plan.caps.later_runs", "The later-runs cap is 0 (no cap) or more."),
        ["enforce bidirectional"] = (p => p with { EnforceOneWay = true }, "plan.enforce_one_way", "enforce_one_way applies to one-way plans only."),
        ["ref not an API name"] = (p => p with { CrmGoogleRefField = "1st ref" }, "plan.crm_google_ref_field", "The cross-reference field is a Zoho CRM API name (a letter, then letters, digits or '_', at most 100)."),
        ["ref mapped"] = (p => p with { CrmGoogleRefField = "mobile" }, "plan.crm_google_ref_field", "'mobile' is also mapped; the cross-reference field must be a field of its own."),
        ["ref read-only"] = (p => p with { CrmGoogleRefField = "Owner" }, "plan.crm_google_ref_field", "'Owner' is read-only in the CRM and cannot hold the cross-reference."),
    };

    public static TheoryData<string> CaseNames() => new(Cases.Keys);

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void EachRule_IsOneViolation_WithItsFieldAndMessage(string name)
    {
        var (breakRule, field, message) = Cases[name];

        var violations = PlanValidator.Validate(breakRule(ValidPlans.Bidirectional()));

        Assert.Equal([new FieldViolation(field, message)], violations);
    }

    [Fact]
    public void AValidPlan_HasNoViolations_AndNeitherDoManualOrEdgeValues()
    {
        var plan = ValidPlans.Bidirectional();

        Assert.Empty(PlanValidator.Validate(plan));
        Assert.Empty(PlanValidator.Validate(plan with { Interval = null, Name = new string('n', 100), MassDeleteThreshold = 0, FirstRunCap = 0, LaterRunsCap = 0 }));
        Assert.Empty(PlanValidator.Validate(plan with { Interval = PlanValidator.MinInterval }));
        Assert.Empty(PlanValidator.Validate(plan with { Interval = PlanValidator.MaxInterval, CrmGoogleRefField = "Google_Contact_Id" }));
        Assert.Empty(PlanValidator.Validate(plan with { Name = "Équipe 👩‍💼 ventes" }));
    }

    [Fact]
    public void AOneWayPlan_NeedsNoConflictWinner_AndMayEnforce()
    {
        var plan = ValidPlans.Bidirectional() with { Direction = SyncDirection.CrmToGoogle, ConflictWinner = ConflictWinner.Unspecified, EnforceOneWay = true };

        Assert.Empty(PlanValidator.Validate(plan));
    }

    [Fact]
    public void EveryViolation_IsReportedAtOnce_InFieldOrder()
    {
        var plan = ValidPlans.Bidirectional() with
        {
            Name = "",
            CrmUserId = "x",
            ConflictWinner = ConflictWinner.Unspecified,
            GoogleGroup = "",
            LaterRunsCap = -1,
            EnforceOneWay = true,
        };

        var fields = PlanValidator.Validate(plan).Select(v => v.Field);

        Assert.Equal(["plan.name", "plan.crm_user_id", "plan.conflict_winner", "plan.google_group", "plan.caps.later_runs", "plan.enforce_one_way"], fields);
    }
}
