using ContactSync.Core.Mapping;
using ContactSync.Server.Plans;
using ContactSync.Server.Tests.Infrastructure;
using ContactSync.Testing.Hosting;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Proto = ContactSync.Grpc.V1;

namespace ContactSync.Server.Tests;

public sealed class PlanCrudTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    private readonly Proto.ContactSync.ContactSyncClient _client = fixture.Server.Client();

    [Fact]
    public async Task Configure_NewPlan_StoresItAtVersion1WithDefaults()
    {
        var response = await _client.ConfigureAsync(new Proto.ConfigureRequest { Plan = TestPlans.Minimal("  Defaults plan " + Guid.NewGuid().ToString("N") + "  ") });

        Assert.True(response.Created);
        var plan = response.Plan;
        Assert.StartsWith("pln_", plan.Id, StringComparison.Ordinal);
        Assert.Equal(1, plan.Version);
        Assert.StartsWith("Defaults plan ", plan.Name, StringComparison.Ordinal);
        Assert.Equal(DefaultFieldMap.Mappings.Count, plan.FieldMappings.Count);
        Assert.Contains(plan.FieldMappings, m => m.CrmField == "Email" && m.GoogleField == "emailAddresses[type=work]");
        Assert.Equal(Proto.DeletionPolicy.Keep, plan.Deletion.Policy);
        Assert.Equal(100, plan.Deletion.MassDeleteThreshold);
        Assert.Equal(10_000, plan.Caps.FirstRun);
        Assert.Equal(500, plan.Caps.LaterRuns);
        Assert.Null(plan.Interval);
        Assert.NotNull(plan.CreateTime);
        Assert.Equal(plan.CreateTime, plan.UpdateTime);
    }

    [Fact]
    public async Task Configure_GoogleToCrmPlanWithEmptyMap_LeavesOutCrmToGoogleOnlyDefaults()
    {
        var request = TestPlans.Minimal();
        request.Direction = Proto.SyncDirection.GoogleToCrm;

        var plan = (await _client.ConfigureAsync(new Proto.ConfigureRequest { Plan = request })).Plan;

        Assert.DoesNotContain(plan.FieldMappings, m => m.CrmField == "Account_Name");
        Assert.Equal(DefaultFieldMap.Mappings.Count - 1, plan.FieldMappings.Count);
    }

    [Fact]
    public async Task Configure_ShorthandGooglePath_IsStoredInCanonicalForm()
    {
        var request = TestPlans.Valid();
        request.FieldMappings[2].GoogleField = "phoneNumbers[mobile]";
        request.FieldMappings.Add(new Proto.FieldMapping { CrmField = "Customer_Tier", GoogleField = "userDefined[key=Customer tier]", Direction = Proto.MappingDirection.CrmToGoogle });

        var plan = (await _client.ConfigureAsync(new Proto.ConfigureRequest { Plan = request })).Plan;
        var read = (await _client.GetConfigAsync(new Proto.GetConfigRequest { PlanId = plan.Id })).Plan;

        Assert.Equal("phoneNumbers[type=mobile]", read.FieldMappings[2].GoogleField);
        Assert.Equal("userDefined[Customer tier]", read.FieldMappings[3].GoogleField);
        Assert.Equal(Proto.MappingDirection.CrmToGoogle, read.FieldMappings[3].Direction);
        Assert.Equal(Proto.MappingDirection.Both, read.FieldMappings[0].Direction);
    }

    [Fact]
    public async Task GetConfig_ByIdAndByNameIgnoringCase_ReturnsTheStoredPlan()
    {
        var created = (await _client.ConfigureAsync(new Proto.ConfigureRequest { Plan = TestPlans.Valid() })).Plan;

        var byId = (await _client.GetConfigAsync(new Proto.GetConfigRequest { PlanId = created.Id })).Plan;
        var byName = (await _client.GetConfigAsync(new Proto.GetConfigRequest { Name = created.Name.ToUpperInvariant() })).Plan;

        Assert.Equal(created, byId);
        Assert.Equal(created, byName);
        Assert.Equal(Duration.FromTimeSpan(TimeSpan.FromMinutes(15)), byId.Interval);
    }

    [Fact]
    public async Task GetConfig_Unknown_IsNotFound_AndEmptyRequestIsInvalid()
    {
        await RpcAssert.FailsWith(StatusCode.NotFound, async () => await _client.GetConfigAsync(new Proto.GetConfigRequest { PlanId = "pln_nope" }));
        await RpcAssert.FailsWith(StatusCode.NotFound, async () => await _client.GetConfigAsync(new Proto.GetConfigRequest { Name = "no such plan " + Guid.NewGuid() }));
        var fields = await RpcAssert.FailsValidation(async () => await _client.GetConfigAsync(new Proto.GetConfigRequest()));
        Assert.Contains("plan_id", fields);
    }

    [Fact]
    public async Task Configure_Update_IncrementsVersionAndKeepsCreateTime()
    {
        var created = (await _client.ConfigureAsync(new Proto.ConfigureRequest { Plan = TestPlans.Valid() })).Plan;
        var change = created.Clone();
        change.ConflictWinner = Proto.ConflictWinner.Google;
        change.Name = created.Name + " renamed";

        var response = await _client.ConfigureAsync(new Proto.ConfigureRequest { Plan = change });

        Assert.False(response.Created);
        Assert.Equal(created.Id, response.Plan.Id);
        Assert.Equal(2, response.Plan.Version);
        Assert.Equal(Proto.ConflictWinner.Google, response.Plan.ConflictWinner);
        Assert.Equal(created.CreateTime, response.Plan.CreateTime);
        var read = (await _client.GetConfigAsync(new Proto.GetConfigRequest { PlanId = created.Id })).Plan;
        Assert.Equal(response.Plan, read);
    }

    [Fact]
    public async Task Configure_StaleVersion_IsAborted_AndNothingChanges()
    {
        var created = (await _client.ConfigureAsync(new Proto.ConfigureRequest { Plan = TestPlans.Valid() })).Plan;
        var first = created.Clone();
        first.Enabled = false;
        await _client.ConfigureAsync(new Proto.ConfigureRequest { Plan = first });
        var stale = created.Clone();
        stale.CrmViewId = "999";

        await RpcAssert.FailsWith(StatusCode.Aborted, async () => await _client.ConfigureAsync(new Proto.ConfigureRequest { Plan = stale }));

        var read = (await _client.GetConfigAsync(new Proto.GetConfigRequest { PlanId = created.Id })).Plan;
        Assert.Equal(2, read.Version);
        Assert.Equal(created.CrmViewId, read.CrmViewId);
        Assert.False(read.Enabled);
    }

    [Fact]
    public async Task Configure_ConcurrentUpdatesAtOneVersion_OnlyOneWins()
    {
        var created = (await _client.ConfigureAsync(new Proto.ConfigureRequest { Plan = TestPlans.Valid() })).Plan;
        var attempts = Enumerable.Range(0, 4).Select(async i =>
        {
            var change = created.Clone();
            change.CrmViewId = "10" + i;
            try
            {
                await _client.ConfigureAsync(new Proto.ConfigureRequest { Plan = change });
                return StatusCode.OK;
            }
            catch (RpcException ex)
            {
                return ex.StatusCode;
            }
        }).ToList();

        var results = await Task.WhenAll(attempts);

        Assert.Equal(1, results.Count(r => r == StatusCode.OK));
        Assert.All(results.Where(r => r != StatusCode.OK), r => Assert.Equal(StatusCode.Aborted, r));
        Assert.Equal(2, (await _client.GetConfigAsync(new Proto.GetConfigRequest { PlanId = created.Id })).Plan.Version);
    }

    [Fact]
    public async Task Configure_UnknownId_IsNotFound()
    {
        var plan = TestPlans.Valid();
        plan.Id = "pln_doesnotexist";
        plan.Version = 1;

        await RpcAssert.FailsWith(StatusCode.NotFound, async () => await _client.ConfigureAsync(new Proto.ConfigureRequest { Plan = plan }));
    }

    [Fact]
    public async Task Configure_ValidateOnly_ReturnsThePlanWithoutStoringIt()
    {
        var request = TestPlans.Minimal();

        var response = await _client.ConfigureAsync(new Proto.ConfigureRequest { Plan = request, ValidateOnly = true });

        Assert.Equal("", response.Plan.Id);
        Assert.Equal(DefaultFieldMap.Mappings.Count, response.Plan.FieldMappings.Count);
        await RpcAssert.FailsWith(StatusCode.NotFound, async () => await _client.GetConfigAsync(new Proto.GetConfigRequest { Name = request.Name }));
    }

    [Fact]
    public async Task Configure_NameTakenInAnotherCase_IsInvalidArgumentOnName()
    {
        var name = TestPlans.UniqueName("Unique");
        await _client.ConfigureAsync(new Proto.ConfigureRequest { Plan = TestPlans.Valid(name) });

        var fields = await RpcAssert.FailsValidation(async () => await _client.ConfigureAsync(new Proto.ConfigureRequest { Plan = TestPlans.Valid(name.ToLowerInvariant()) }));

        Assert.Equal(["plan.name"], fields);
    }

    [Fact]
    public async Task Configure_RenameOntoAnotherPlansName_IsInvalidArgument()
    {
        var a = (await _client.ConfigureAsync(new Proto.ConfigureRequest { Plan = TestPlans.Valid() })).Plan;
        var b = (await _client.ConfigureAsync(new Proto.ConfigureRequest { Plan = TestPlans.Valid() })).Plan;
        var rename = b.Clone();
        rename.Name = a.Name.ToUpperInvariant();

        var fields = await RpcAssert.FailsValidation(async () => await _client.ConfigureAsync(new Proto.ConfigureRequest { Plan = rename }));

        Assert.Equal(["plan.name"], fields);
    }

    [Fact]
    public async Task DeleteConfig_RemovesThePlan_AndReturnsIt()
    {
        var created = (await _client.ConfigureAsync(new Proto.ConfigureRequest { Plan = TestPlans.Valid() })).Plan;

        var deleted = (await _client.DeleteConfigAsync(new Proto.DeleteConfigRequest { PlanId = created.Id, Version = 1 })).Plan;

        Assert.Equal(created, deleted);
        await RpcAssert.FailsWith(StatusCode.NotFound, async () => await _client.GetConfigAsync(new Proto.GetConfigRequest { PlanId = created.Id }));
        await RpcAssert.FailsWith(StatusCode.NotFound, async () => await _client.DeleteConfigAsync(new Proto.DeleteConfigRequest { PlanId = created.Id }));
        var again = (await _client.ConfigureAsync(new Proto.ConfigureRequest { Plan = TestPlans.Valid(created.Name) })).Plan;
        Assert.NotEqual(created.Id, again.Id);
    }

    [Fact]
    public async Task DeleteConfig_StaleVersion_IsAborted()
    {
        var created = (await _client.ConfigureAsync(new Proto.ConfigureRequest { Plan = TestPlans.Valid() })).Plan;
        await _client.ConfigureAsync(new Proto.ConfigureRequest { Plan = created });

        await RpcAssert.FailsWith(StatusCode.Aborted, async () => await _client.DeleteConfigAsync(new Proto.DeleteConfigRequest { PlanId = created.Id, Version = 1 }));

        Assert.Equal(2, (await _client.GetConfigAsync(new Proto.GetConfigRequest { PlanId = created.Id })).Plan.Version);
        var fields = await RpcAssert.FailsValidation(async () => await _client.DeleteConfigAsync(new Proto.DeleteConfigRequest()));
        Assert.Contains("plan_id", fields);
    }

    [Fact]
    public async Task ListConfigs_PagesThroughAUsersPlansOrderedByName()
    {
        var user = TestPlans.UniqueUserId();
        var names = new[] { "delta", "Alpha", "charlie", "Bravo", "echo" }.Select(n => $"{n} {user}").ToList();
        foreach (var name in names)
        {
            await _client.ConfigureAsync(new Proto.ConfigureRequest { Plan = TestPlans.Valid(name, user) });
        }

        var seen = new List<string>();
        var token = "";
        var pages = 0;
        do
        {
            var page = await _client.ListConfigsAsync(new Proto.ListConfigsRequest { CrmUserId = user, PageSize = 2, PageToken = token });
            Assert.InRange(page.Plans.Count, 1, 2);
            seen.AddRange(page.Plans.Select(p => p.Name));
            token = page.NextPageToken;
            pages++;
        }
        while (token.Length > 0);

        Assert.Equal(3, pages);
        Assert.Equal(names.OrderBy(n => n.ToUpperInvariant(), StringComparer.Ordinal), seen);
    }

    [Fact]
    public async Task ListConfigs_BadPageSizeOrToken_IsInvalidArgument()
    {
        var fields = await RpcAssert.FailsValidation(async () => await _client.ListConfigsAsync(new Proto.ListConfigsRequest { PageSize = 501, PageToken = "garbage!" }));

        Assert.Equal(["page_size", "page_token"], fields);
        await RpcAssert.FailsValidation(async () => await _client.ListConfigsAsync(new Proto.ListConfigsRequest { PageSize = -1 }));
    }
}
