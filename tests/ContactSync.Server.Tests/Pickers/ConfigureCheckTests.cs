using ContactSync.Server.Tests.Infrastructure;
using ContactSync.Testing.Emulation;
using Proto = ContactSync.Grpc.V1;

namespace ContactSync.Server.Tests.Pickers;

public sealed class ConfigureCheckTests(EmulatedServerFixture fixture) : IClassFixture<EmulatedServerFixture>
{
    private readonly EmulatedServer _connected = fixture.Connected;

    [Fact]
    public async Task Configure_WithLiveViewGroupAndFields_IncludingCustomOnes_IsStored()
    {
        var plan = ValidPlan();
        plan.FieldMappings.Add(new Proto.FieldMapping { CrmField = "Customer_Tier", GoogleField = "userDefined[Customer tier]" });
        plan.CrmGoogleRefField = "Google_Contact_Id";

        var response = await _connected.Admin.ConfigureAsync(new Proto.ConfigureRequest { Plan = plan });

        Assert.True(response.Created);
        Assert.Equal("Google_Contact_Id", response.Plan.CrmGoogleRefField);
    }

    [Fact]
    public async Task Configure_WithUnknownViewGroupFieldsAndRefField_ReportsEach()
    {
        var plan = ValidPlan();
        plan.CrmViewId = "5725767000000099999";
        plan.GoogleGroup = "contactGroups/0123456789abcdef";
        plan.FieldMappings.Add(new Proto.FieldMapping { CrmField = "No_Such_Field", GoogleField = "userDefined[x]" });
        plan.FieldMappings.Add(new Proto.FieldMapping { CrmField = "customer_tier", GoogleField = "userDefined[y]" });
        plan.CrmGoogleRefField = "Missing_Ref";

        var fields = await RpcAssert.FailsValidation(async () => await _connected.Admin.ConfigureAsync(new Proto.ConfigureRequest { Plan = plan, ValidateOnly = true }));

        Assert.Equal(
            ["plan.crm_google_ref_field", "plan.crm_view_id", "plan.field_mappings[2].crm_field", "plan.field_mappings[3].crm_field", "plan.google_group"],
            fields.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Configure_WithASystemGroup_IsAViolation()
    {
        var plan = ValidPlan();
        plan.GoogleGroup = "contactGroups/myContacts";

        var fields = await RpcAssert.FailsValidation(async () => await _connected.Admin.ConfigureAsync(new Proto.ConfigureRequest { Plan = plan, ValidateOnly = true }));

        Assert.Equal(["plan.google_group"], fields);
    }

    [Fact]
    public async Task Configure_WritingAFieldThatIsReadOnlyInTheCrm_IsAViolation()
    {
        var plan = ValidPlan();
        plan.FieldMappings.Add(new Proto.FieldMapping { CrmField = "Last_Activity_Time", GoogleField = "userDefined[Last activity]", Direction = Proto.MappingDirection.Both });

        var fields = await RpcAssert.FailsValidation(async () => await _connected.Admin.ConfigureAsync(new Proto.ConfigureRequest { Plan = plan, ValidateOnly = true }));

        Assert.Equal(["plan.field_mappings[2].crm_field"], fields);
    }

    [Fact]
    public async Task Configure_StaticAndLiveViolations_AreReportedTogether_WithoutDuplicates()
    {
        var plan = ValidPlan();
        plan.Name = "";
        plan.GoogleGroup = "not-a-group";
        plan.CrmViewId = "5725767000000099999";

        var fields = await RpcAssert.FailsValidation(async () => await _connected.Admin.ConfigureAsync(new Proto.ConfigureRequest { Plan = plan }));

        Assert.Equal(["plan.crm_view_id", "plan.google_group", "plan.name"], fields.Order(StringComparer.Ordinal));
    }

    private Proto.SyncPlan ValidPlan() => new()
    {
        Name = TestPlans.UniqueName(),
        CrmUserId = _connected.Emulator.Credentials.ZohoUserIds["admin"],
        Direction = Proto.SyncDirection.Bidirectional,
        ConflictWinner = Proto.ConflictWinner.Crm,
        CrmViewId = _connected.Emulator.Zoho.GoldCustomersViewId,
        GoogleGroup = _connected.Emulator.Credentials.GoogleContactSyncGroup,
        FieldMappings =
        {
            new Proto.FieldMapping { CrmField = "Email", GoogleField = "emailAddresses[type=work]" },
            new Proto.FieldMapping { CrmField = "First_Name", GoogleField = "names[0].givenName" },
        },
    };
}
