using ContactSync.Core.Mapping;
using ContactSync.Core.Plans;

namespace ContactSync.Core.Tests.Plans;

/// <summary>The field-map rules of <see cref="PlanValidator"/> (paths <c>plan.field_mappings[i].…</c>) and <see cref="PlanValidator.Normalize"/>.</summary>
public sealed class PlanValidatorMappingTests
{
    private static readonly Dictionary<string, (Func<SyncPlanDefinition> Plan, string Field, string Message)> Cases = new()
    {
        ["crm field empty"] = (() => ValidPlans.WithMapping(1, new("", "names[0].givenName")), "plan.field_mappings[1].crm_field", "The CRM field API name is required."),
        ["crm field not an API name"] = (() => ValidPlans.WithMapping(1, new("First Name", "names[0].givenName")), "plan.field_mappings[1].crm_field",
            "'First Name' is not a Zoho CRM API name (a letter, then letters, digits or '_', at most 100)."),
        ["crm field twice"] = (() => ValidPlans.WithMapping(2, new("first_name", "phoneNumbers[type=mobile]")), "plan.field_mappings[2].crm_field", "'first_name' is mapped more than once."),
        ["google path twice"] = (() => ValidPlans.WithMapping(2, new("Mobile", "names.givenName")), "plan.field_mappings[2].google_field", "'names[0].givenName' is mapped more than once."),
        ["direction unknown"] = (() => ValidPlans.WithMapping(2, new("Mobile", "phoneNumbers[type=mobile]", (MappingDirection)5)), "plan.field_mappings[2].direction",
            "6 is not a known mapping direction."),
        ["direction against the plan"] = (
            () => ValidPlans.WithMapping(2, new("Mobile", "phoneNumbers[type=mobile]", MappingDirection.GoogleToCrm), ValidPlans.Bidirectional() with { Direction = SyncDirection.CrmToGoogle }),
            "plan.field_mappings[2].direction",
            "A GOOGLE_TO_CRM mapping cannot be used in a CRM_TO_GOOGLE plan."),
        ["read-only both ways"] = (() => ValidPlans.WithMapping(3, new("Account_Name", "organizations[0].name")), "plan.field_mappings[3].direction",
            "'Account_Name' is read-only in the CRM: map it CRM_TO_GOOGLE only."),
        ["no match mapping"] = (() => ValidPlans.WithMapping(0, new("Secondary_Email", "emailAddresses[type=home]")), "plan.field_mappings",
            "The field map must include Email ↔ emailAddresses[type=work]: contacts are matched by it."),
        ["too many"] = (() => ValidPlans.Bidirectional() with { FieldMappings = Enumerable.Range(0, 201).Select(i => new FieldMapping("F" + i, "nope")).ToList() },
            "plan.field_mappings", "A plan has at most 200 field mappings; this one has 201."),
    };

    public static TheoryData<string> CaseNames() => new(Cases.Keys);

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void EachMappingRule_IsOneViolation_WithItsFieldAndMessage(string name)
    {
        var (plan, field, message) = Cases[name];

        Assert.Equal([new FieldViolation(field, message)], PlanValidator.Validate(plan()));
    }

    [Theory]
    [InlineData("")]
    [InlineData("faxNumbers[0].value")]
    [InlineData("phoneNumbers")]
    [InlineData("names[0")]
    public void AnInvalidGooglePath_IsReportedWithTheParsersReason(string path)
    {
        Assert.False(GoogleFieldPath.TryParse(path, out _, out var reason));

        var violations = PlanValidator.Validate(ValidPlans.WithMapping(2, new("Mobile", path)));

        Assert.Equal([new FieldViolation("plan.field_mappings[2].google_field", reason)], violations);
    }

    [Fact]
    public void AReadOnlyCrmField_MayBeMappedCrmToGoogle_OrInACrmToGooglePlan()
    {
        var oneWayMapping = ValidPlans.WithMapping(3, new("Account_Name", "organizations[0].name", MappingDirection.CrmToGoogle));
        var oneWayPlan = ValidPlans.WithMapping(3, new("Account_Name", "organizations[0].name"), ValidPlans.Bidirectional() with { Direction = SyncDirection.CrmToGoogle });

        Assert.Empty(PlanValidator.Validate(oneWayMapping));
        Assert.Empty(PlanValidator.Validate(oneWayPlan));
    }

    [Fact]
    public void SeveralBrokenMappings_AreEachReported_InOrder()
    {
        var plan = ValidPlans.Bidirectional() with
        {
            FieldMappings = [new("Email", "emailAddresses[type=work]"), new("", "names[0].givenName"), new("Email", "biographies[0].value"), new("Title", "nope")],
        };

        var fields = PlanValidator.Validate(plan).Select(v => v.Field);

        Assert.Equal(["plan.field_mappings[1].crm_field", "plan.field_mappings[2].crm_field", "plan.field_mappings[3].google_field"], fields);
    }

    [Theory]
    [InlineData(SyncDirection.Bidirectional, MappingDirection.Both, true)]
    [InlineData(SyncDirection.Bidirectional, MappingDirection.GoogleToCrm, true)]
    [InlineData(SyncDirection.CrmToGoogle, MappingDirection.CrmToGoogle, true)]
    [InlineData(SyncDirection.CrmToGoogle, MappingDirection.GoogleToCrm, false)]
    [InlineData(SyncDirection.GoogleToCrm, MappingDirection.Both, true)]
    [InlineData(SyncDirection.GoogleToCrm, MappingDirection.CrmToGoogle, false)]
    public void IsCompatible_RefusesOnlyAMappingAgainstTheOneWayPlan(SyncDirection plan, MappingDirection mapping, bool expected)
    {
        Assert.Equal(expected, PlanValidator.IsCompatible(plan, mapping));
    }

    [Fact]
    public void Normalize_TrimsText_MakesAZeroIntervalManual_AndWritesPathsCanonically()
    {
        var plan = ValidPlans.Bidirectional() with
        {
            Name = "  Sales team ",
            CrmUserId = " 4150868000000225013 ",
            CrmViewId = " 4150868000000087501",
            GoogleGroup = "contactGroups/5a1b2c3d ",
            Interval = TimeSpan.Zero,
            CrmGoogleRefField = " Google_Contact_Id ",
            FieldMappings = [new(" Email ", "emailAddresses[work]"), new("First_Name", "names.givenName"), new("Tier", "userDefined[key=Tier]")],
        };

        var normalized = PlanValidator.Normalize(plan);

        Assert.Equal(
            ("Sales team", "4150868000000225013", "4150868000000087501", "contactGroups/5a1b2c3d", (TimeSpan?)null, "Google_Contact_Id"),
            (normalized.Name, normalized.CrmUserId, normalized.CrmViewId, normalized.GoogleGroup, normalized.Interval, normalized.CrmGoogleRefField));
        Assert.Equal(
            [new("Email", "emailAddresses[type=work]"), new("First_Name", "names[0].givenName"), new FieldMapping("Tier", "userDefined[Tier]")],
            normalized.FieldMappings);
        Assert.Empty(PlanValidator.Validate(normalized));
    }

    [Theory]
    [InlineData(SyncDirection.Bidirectional)]
    [InlineData(SyncDirection.CrmToGoogle)]
    [InlineData(SyncDirection.GoogleToCrm)]
    public void Normalize_AnEmptyMap_BecomesTheDefaultMap_WithoutMappingsThePlanCannotUse(SyncDirection direction)
    {
        var plan = ValidPlans.Bidirectional() with { Direction = direction, FieldMappings = [] };

        var normalized = PlanValidator.Normalize(plan);

        Assert.Equal(DefaultFieldMap.Mappings.Where(m => PlanValidator.IsCompatible(direction, m.Direction)), normalized.FieldMappings);
        Assert.Equal(direction == SyncDirection.GoogleToCrm, normalized.FieldMappings.Count < DefaultFieldMap.Mappings.Count);
        Assert.Empty(PlanValidator.Validate(normalized));
    }
}
