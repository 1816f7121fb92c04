using ContactSync.Server.Tests.Infrastructure;
using ContactSync.Testing.Hosting;
using Google.Protobuf.WellKnownTypes;
using Proto = ContactSync.Grpc.V1;

namespace ContactSync.Server.Tests;

public sealed class PlanValidationTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    private static readonly Dictionary<string, (Action<Proto.SyncPlan> Mutate, string Field)> Cases = new()
    {
        ["name empty"] = (p => p.Name = "   ", "plan.name"),
        ["name too long"] = (p => p.Name = new string('n', 101), "plan.name"),
        ["name control char"] = (p => p.Name = "bad\u0001name", "plan.name"),
        ["crm user missing"] = (p => p.CrmUserId = "", "plan.crm_user_id"),
        ["crm user not digits"] = (p => p.CrmUserId = "user-1", "plan.crm_user_id"),
        ["direction missing"] = (p => p.Direction = Proto.SyncDirection.Unspecified, "plan.direction"),
        ["direction unknown"] = (p => p.Direction = (Proto.SyncDirection)42, "plan.direction"),
        ["winner missing for bidirectional"] = (p => p.ConflictWinner = Proto.ConflictWinner.Unspecified, "plan.conflict_winner"),
        ["winner unknown"] = (p => p.ConflictWinner = (Proto.ConflictWinner)9, "plan.conflict_winner"),
        ["interval under 5 minutes"] = (p => p.Interval = Duration.FromTimeSpan(TimeSpan.FromMinutes(4)), "plan.interval"),
        ["interval over 30 days"] = (p => p.Interval = Duration.FromTimeSpan(TimeSpan.FromDays(31)), "plan.interval"),
        ["interval negative"] = (p => p.Interval = new Duration { Seconds = -600 }, "plan.interval"),
        ["near-real-time without an interval"] = (p =>
        {
            p.Interval = null;
            p.NearRealTime = true;
        }, "plan.near_real_time"),
        ["view missing"] = (p => p.CrmViewId = "", "plan.crm_view_id"),
        ["group missing"] = (p => p.GoogleGroup = "", "plan.google_group"),
        ["group not a resource name"] = (p => p.GoogleGroup = "groups/abc", "plan.google_group"),
        ["crm field missing"] = (p => p.FieldMappings[1].CrmField = "", "plan.field_mappings[1].crm_field"),
        ["crm field not an api name"] = (p => p.FieldMappings[1].CrmField = "1st Name", "plan.field_mappings[1].crm_field"),
        ["crm field mapped twice"] = (p => p.FieldMappings.Add(new Proto.FieldMapping { CrmField = "First_Name", GoogleField = "nicknames[0].value" }), "plan.field_mappings[3].crm_field"),
        ["google field unknown"] = (p => p.FieldMappings[1].GoogleField = "faxes[0].value", "plan.field_mappings[1].google_field"),
        ["google field bad property"] = (p => p.FieldMappings[1].GoogleField = "names[0].nickname", "plan.field_mappings[1].google_field"),
        ["google field missing"] = (p => p.FieldMappings[1].GoogleField = "", "plan.field_mappings[1].google_field"),
        ["google path mapped twice (shorthand)"] = (p => p.FieldMappings.Add(new Proto.FieldMapping { CrmField = "Other_Phone", GoogleField = "phoneNumbers[mobile]" }), "plan.field_mappings[3].google_field"),
        ["mapping direction against plan"] = (p =>
        {
            p.Direction = Proto.SyncDirection.CrmToGoogle;
            p.FieldMappings[2].Direction = Proto.MappingDirection.GoogleToCrm;
        }, "plan.field_mappings[2].direction"),
        ["mapping direction against one-way google plan"] = (p =>
        {
            p.Direction = Proto.SyncDirection.GoogleToCrm;
            p.FieldMappings[2].Direction = Proto.MappingDirection.CrmToGoogle;
        }, "plan.field_mappings[2].direction"),
        ["mapping direction unknown"] = (p => p.FieldMappings[1].Direction = (Proto.MappingDirection)8, "plan.field_mappings[1].direction"),
        ["read-only crm field both ways"] = (p => p.FieldMappings.Add(new Proto.FieldMapping { CrmField = "Account_Name", GoogleField = "organizations[0].name", Direction = Proto.MappingDirection.Both }), "plan.field_mappings[3].direction"),
        ["read-only crm field in google-to-crm plan"] = (p =>
        {
            p.Direction = Proto.SyncDirection.GoogleToCrm;
            p.FieldMappings.Add(new Proto.FieldMapping { CrmField = "Full_Name", GoogleField = "nicknames[0].value" });
        }, "plan.field_mappings[3].direction"),
        ["email match mapping missing"] = (p => p.FieldMappings.RemoveAt(0), "plan.field_mappings"),
        ["email mapped to another path"] = (p => p.FieldMappings[0].GoogleField = "emailAddresses[type=home]", "plan.field_mappings"),
        ["deletion policy unknown"] = (p => p.Deletion = new Proto.DeletionSettings { Policy = (Proto.DeletionPolicy)7 }, "plan.deletion.policy"),
        ["deletion threshold negative"] = (p => p.Deletion = new Proto.DeletionSettings { Policy = Proto.DeletionPolicy.Propagate, MassDeleteThreshold = -1 }, "plan.deletion.mass_delete_threshold"),
        ["first run cap negative"] = (p => p.Caps = new Proto.RunCaps { FirstRun = -5, LaterRuns = 10 }, "plan.caps.first_run"),
        ["later runs cap negative"] = (p => p.Caps = new Proto.RunCaps { FirstRun = 5, LaterRuns = -10 }, "plan.caps.later_runs"),
        ["ref field not an api name"] = (p => p.CrmGoogleRefField = "Google Ref", "plan.crm_google_ref_field"),
        ["ref field also mapped"] = (p => p.CrmGoogleRefField = "Mobile", "plan.crm_google_ref_field"),
        ["enforce one way on bidirectional"] = (p => p.EnforceOneWay = true, "plan.enforce_one_way"),
        ["update without version"] = (p => { }, "plan.version"),
    };

    private readonly Proto.ContactSync.ContactSyncClient _client = fixture.Server.Client();

    public static TheoryData<string> CaseNames() => new(Cases.Keys);

    [Theory]
    [MemberData(nameof(CaseNames))]
    public async Task Configure_InvalidField_IsInvalidArgumentWithThatFieldViolation(string caseName)
    {
        var (mutate, field) = Cases[caseName];
        var plan = TestPlans.Valid();
        if (field == "plan.version")
        {
            var stored = (await _client.ConfigureAsync(new Proto.ConfigureRequest { Plan = plan })).Plan;
            plan = stored.Clone();
            plan.Version = 0;
        }

        mutate(plan);

        var fields = await RpcAssert.FailsValidation(async () => await _client.ConfigureAsync(new Proto.ConfigureRequest { Plan = plan }));

        Assert.Equal([field], fields);
    }

    [Fact]
    public async Task Configure_ManyInvalidFields_ReportsEveryViolationAtOnce()
    {
        var plan = new Proto.SyncPlan
        {
            Name = "",
            Direction = Proto.SyncDirection.Bidirectional,
            Interval = Duration.FromTimeSpan(TimeSpan.FromMinutes(1)),
            GoogleGroup = "nope",
            Caps = new Proto.RunCaps { FirstRun = -1 },
            FieldMappings = { new Proto.FieldMapping { CrmField = "Email", GoogleField = "bogus" } },
        };

        var fields = await RpcAssert.FailsValidation(async () => await _client.ConfigureAsync(new Proto.ConfigureRequest { Plan = plan }));

        Assert.Equal(
            [
                "plan.caps.first_run", "plan.conflict_winner", "plan.crm_user_id", "plan.crm_view_id", "plan.field_mappings",
                "plan.field_mappings[0].google_field", "plan.google_group", "plan.interval", "plan.name",
            ],
            fields.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Configure_MissingPlan_IsInvalidArgument()
    {
        var fields = await RpcAssert.FailsValidation(async () => await _client.ConfigureAsync(new Proto.ConfigureRequest()));

        Assert.Equal(["plan"], fields);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(300)]
    [InlineData(2_592_000)]
    public async Task Configure_IntervalZeroOrInRange_IsAccepted(long seconds)
    {
        var plan = TestPlans.Valid();
        plan.Interval = new Duration { Seconds = seconds };

        var stored = (await _client.ConfigureAsync(new Proto.ConfigureRequest { Plan = plan, ValidateOnly = true })).Plan;

        Assert.Equal(seconds == 0 ? null : new Duration { Seconds = seconds }, stored.Interval);
    }

    [Fact]
    public async Task Configure_OneWayPlanWithoutWinnerAndReadOnlyFieldUnspecified_IsAccepted()
    {
        var plan = TestPlans.Valid();
        plan.Direction = Proto.SyncDirection.CrmToGoogle;
        plan.ConflictWinner = Proto.ConflictWinner.Unspecified;
        plan.EnforceOneWay = true;
        plan.CrmGoogleRefField = "Google_Resource";
        plan.FieldMappings.Add(new Proto.FieldMapping { CrmField = "Account_Name", GoogleField = "organizations.name" });

        var stored = (await _client.ConfigureAsync(new Proto.ConfigureRequest { Plan = plan })).Plan;

        Assert.Equal(Proto.MappingDirection.CrmToGoogle, stored.FieldMappings[3].Direction);
        Assert.Equal("organizations[0].name", stored.FieldMappings[3].GoogleField);
        Assert.Equal("Google_Resource", stored.CrmGoogleRefField);
    }
}
