using ContactSync.EndToEnd.Tests.Infrastructure;
using ContactSync.Emulators;
using ContactSync.Emulators.Org;
using Google.Rpc;
using Grpc.Core;
using Proto = ContactSync.Grpc.V1;

namespace ContactSync.EndToEnd.Tests.Accounts;

/// <summary>
/// RollOutPlans over gRPC: one template for several CRM users, the view and the group resolved by name per user (a missing
/// group created in that user's account), a user without the CRM permissions reported with the rule that failed, a
/// validate-only call that writes nothing, and a second roll-out that changes nothing.
/// </summary>
public sealed class RollOutTests
{
    private const string GroupName = "Sales Sync";

    [Fact]
    public async Task RollOut_CreatesOnePlanPerUser_ResolvingViewAndGroupByName_ReportingTheUserWithoutPermission()
    {
        await using var env = await SyncEnvironment.StartAsync(new EmulatorOptions
        {
            ZohoSeedContacts = 0, GoogleSeedContacts = 0, Seed = 144, Org = new OrgSeed(3, 2, 0, 0, 144),
        });
        var org = env.Emulator.OrgUsers;
        var viewOnly = env.Emulator.Credentials.ZohoUserIds["viewonly"];
        var existing = env.Emulator.Google.EnsureGroup(org[1].Email, GroupName); // the second user has the group already

        // The picker: every Sales Representative, the view-only user among them.
        var reps = (await env.Client.ListCrmUsersAsync(new Proto.ListCrmUsersRequest { Role = "sales representative" }, SyncEnvironment.Auth)).Users;
        Assert.Equal(org.Select(u => u.ZohoUserId).Append(viewOnly).Order(), reps.Select(u => u.Id).Order());
        Assert.All(reps, u => Assert.Equal("active", u.Status));
        var request = new Proto.RollOutPlansRequest { Template = Template() };
        request.CrmUserIds.Add(org.Select(u => u.ZohoUserId).Append(viewOnly));

        // Validate only: the plans it would create, and nothing written.
        request.ValidateOnly = true;
        var preview = (await env.Client.RollOutPlansAsync(request, SyncEnvironment.Auth)).Results;
        AssertResults(env, preview, Proto.RollOutOutcome.Created, existing);
        Assert.Empty((await env.Client.ListConfigsAsync(new Proto.ListConfigsRequest(), SyncEnvironment.Auth)).Plans);
        Assert.Null(env.Emulator.Google.FindGroup(org[0].Email, GroupName));
        Assert.Equal("", preview[0].Plan.GoogleGroup);

        // For real: three plans, groups created where missing, the view-only user reported again.
        request.ValidateOnly = false;
        var done = (await env.Client.RollOutPlansAsync(request, SyncEnvironment.Auth)).Results;
        AssertResults(env, done, Proto.RollOutOutcome.Created, existing);
        foreach (var (user, result) in org.Zip(done))
        {
            Assert.Equal(env.Emulator.Google.FindGroup(user.Email, GroupName), result.Plan.GoogleGroup);
            Assert.True(result.Plan.GoogleAccountAssigned && result.Plan.GoogleGroupAssigned);
        }

        // Rolled out again: nothing changes; the plans run on their own accounts.
        var again = (await env.Client.RollOutPlansAsync(request, SyncEnvironment.Auth)).Results;
        Assert.Equal([Proto.RollOutOutcome.Unchanged, Proto.RollOutOutcome.Unchanged, Proto.RollOutOutcome.Unchanged, Proto.RollOutOutcome.Failed], again.Select(r => r.Outcome));
        Assert.Equal(done.Take(3).Select(r => r.Plan.Version), again.Take(3).Select(r => r.Plan.Version));
        var run = (await OrgPlans.RunAsync(env, done[0].Plan.Id)).Run;
        Assert.Equal(Proto.RunOutcome.Succeeded, run.Outcome);
        Assert.Superset(OrgPlans.CrmEmailsOf(env, org[0]), OrgPlans.GoogleEmailsOf(env, org[0].Email));
        Assert.Empty(OrgPlans.GoogleEmailsOf(env, org[0].Email).Intersect(OrgPlans.CrmEmailsOf(env, org[1])));

        // The template makes the plans near-real-time: the stored plans change to it, and saying it again changes nothing.
        request.Template.NearRealTime = true;
        var nearRealTime = (await env.Client.RollOutPlansAsync(request, SyncEnvironment.Auth)).Results;
        Assert.Equal([Proto.RollOutOutcome.Updated, Proto.RollOutOutcome.Updated, Proto.RollOutOutcome.Updated, Proto.RollOutOutcome.Failed], nearRealTime.Select(r => r.Outcome));
        Assert.All(nearRealTime.Take(3), r => Assert.True(r.Plan.NearRealTime));
        Assert.All((await env.Client.ListConfigsAsync(new Proto.ListConfigsRequest(), SyncEnvironment.Auth)).Plans, p => Assert.True(p.NearRealTime));
        Assert.Equal(Proto.RollOutOutcome.Unchanged, (await env.Client.RollOutPlansAsync(request, SyncEnvironment.Auth)).Results[0].Outcome);
    }

    [Fact]
    public async Task RollOut_RefusesUserKeysAndBadRequests_AndReportsAViewNotFoundPerUser()
    {
        await using var env = await SyncEnvironment.StartAsync(new EmulatorOptions
        {
            ZohoSeedContacts = 0, GoogleSeedContacts = 0, Seed = 145, Org = new OrgSeed(2, 1, 0, 0, 145),
        });
        var org = env.Emulator.OrgUsers;
        var request = new Proto.RollOutPlansRequest { Template = Template(), ValidateOnly = true };
        request.CrmUserIds.Add([org[0].ZohoUserId, org[1].ZohoUserId, "999"]);

        var userKey = await OrgPlans.UserKeyAsync(env, org[0].ZohoUserId);
        var denied = await Assert.ThrowsAsync<RpcException>(async () => await env.Client.RollOutPlansAsync(request, userKey));
        Assert.Equal("ADMIN_KEY_REQUIRED", OrgPlans.Reason(denied, StatusCode.PermissionDenied));

        var bad = request.Clone();
        bad.CrmUserIds.Add(org[0].ZohoUserId);
        bad.Template.Direction = Proto.SyncDirection.Unspecified;
        bad.Template.GoogleGroupName = "";
        var invalid = await Assert.ThrowsAsync<RpcException>(async () => await env.Client.RollOutPlansAsync(bad, SyncEnvironment.Auth));
        Assert.Equal("INVALID_FIELDS", OrgPlans.Reason(invalid, StatusCode.InvalidArgument));
        var fields = invalid.GetRpcStatus()!.GetDetail<BadRequest>()!.FieldViolations.Select(v => v.Field).ToList();
        Assert.Equal(["crm_user_ids[3]", "template.direction", "template.google_group_name"], fields.Order(StringComparer.Ordinal));

        request.Template.CrmViewName = "No such view";
        var results = (await env.Client.RollOutPlansAsync(request, SyncEnvironment.Auth)).Results;
        Assert.Equal(["CRM_VIEW_NOT_FOUND", "CRM_VIEW_NOT_FOUND", "CRM_USER_NOT_FOUND"], results.Select(r => r.Reason));
        Assert.All(results, r => Assert.Equal(Proto.RollOutOutcome.Failed, r.Outcome));
        Assert.Equal("No such view", results[0].Metadata["crm_view_name"]);
    }

    /// <summary>Bidirectional, the CRM wins, every 30 minutes, the default map, "All Contacts" and <see cref="GroupName"/>.</summary>
    private static Proto.PlanTemplate Template() => new()
    {
        Name = "Sales – {email}",
        Direction = Proto.SyncDirection.Bidirectional,
        ConflictWinner = Proto.ConflictWinner.Crm,
        Interval = global::Google.Protobuf.WellKnownTypes.Duration.FromTimeSpan(TimeSpan.FromMinutes(30)),
        CrmViewName = "all contacts",
        GoogleGroupName = GroupName,
        Caps = new Proto.RunCaps(),
    };

    /// <summary>The org users get <paramref name="outcome"/> on their own account and view; the view-only user fails S10's view-only rule.</summary>
    private static void AssertResults(SyncEnvironment env, IReadOnlyList<Proto.RollOutResult> results, Proto.RollOutOutcome outcome, string existingGroup)
    {
        var org = env.Emulator.OrgUsers;
        Assert.Equal(4, results.Count);
        for (var i = 0; i < org.Count; i++)
        {
            var result = results[i];
            Assert.True(result.Outcome == outcome, $"{org[i].Email}: {result.Outcome} {result.Reason} {result.Message}");
            Assert.Equal(org[i].ZohoUserId, result.CrmUserId);
            Assert.Equal(org[i].Email, result.GoogleAccount);
            Assert.Equal(org[i].Email, result.Plan.GoogleAccount);
            Assert.Equal("Sales – " + org[i].Email, result.Plan.Name);
            Assert.Equal(env.Emulator.Zoho.AllContactsViewId, result.Plan.CrmViewId);
            Assert.Equal(Proto.SyncDirection.Bidirectional, result.Plan.Direction);
            Assert.Equal(TimeSpan.FromMinutes(30), result.Plan.Interval.ToTimeSpan());
            Assert.Equal(i != 1, result.GoogleGroupCreated);
        }

        Assert.Equal(existingGroup, results[1].Plan.GoogleGroup);
        var refused = results[3];
        Assert.Equal(Proto.RollOutOutcome.Failed, refused.Outcome);
        Assert.Equal("CRM_PERMISSION_MISSING", refused.Reason);
        Assert.Contains("view-only", refused.Metadata["missing_permissions"], StringComparison.Ordinal);
        Assert.Null(refused.Plan);
    }
}
