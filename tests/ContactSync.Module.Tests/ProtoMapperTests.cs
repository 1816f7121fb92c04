using ContactSync.Client.Mapping;
using ContactSync.Client.Models;
using Google.Protobuf.WellKnownTypes;
using V1 = ContactSync.Grpc.V1;

namespace ContactSync.Module.Tests;

public sealed class ProtoMapperTests
{
    [Fact]
    public void ToProto_OnlyOneCapSet_KeepsTheOtherDefaultInsteadOfNoCap()
    {
        var proto = ProtoMapper.ToProto(new SyncPlanInfo { Name = "p", IncrementalCap = 1000 });

        Assert.Equal(10_000, proto.Caps.FirstRun);
        Assert.Equal(1000, proto.Caps.LaterRuns);
        Assert.Null(proto.Deletion);
        Assert.Null(proto.Interval);
    }

    [Fact]
    public void ToProto_ManualFrequencyAndUnsetEnums_AreAbsentOrUnspecified()
    {
        var proto = ProtoMapper.ToProto(new SyncPlanInfo { Name = "p", Frequency = TimeSpan.Zero });

        Assert.Null(proto.Interval);
        Assert.Equal(V1.SyncDirection.Unspecified, proto.Direction);
        Assert.Equal(V1.ConflictWinner.Unspecified, proto.ConflictWinner);
    }

    [Theory]
    [InlineData(null, 1000, null, 25)]
    [InlineData(200, null, DeletePolicy.Propagate, null)]
    [InlineData(null, null, null, null)]
    public void TemplateToProto_SharedSettings_MapLikeAPlansOnes(int? initialCap, int? incrementalCap, DeletePolicy? policy, int? threshold)
    {
        var template = new PlanTemplateInfo
        {
            Name = "{email}",
            Direction = SyncDirection.Bidirectional,
            ConflictWinner = ConflictWinner.Google,
            Frequency = TimeSpan.FromMinutes(15),
            CrmView = "All Contacts",
            GoogleGroup = "Team",
            FieldMap = [new FieldMapInfo { CrmField = "Email", GoogleField = "emailAddresses[type=work]" }],
            DeletePolicy = policy,
            MassDeleteThreshold = threshold,
            InitialCap = initialCap,
            IncrementalCap = incrementalCap,
            Enabled = true,
            EnforceOneWay = true,
            CrmGoogleRefField = "Google_Ref",
        };
        var plan = new SyncPlanInfo
        {
            Name = template.Name,
            Direction = template.Direction,
            ConflictWinner = template.ConflictWinner,
            Frequency = template.Frequency,
            CrmView = template.CrmView,
            GoogleGroup = template.GoogleGroup,
            FieldMap = template.FieldMap,
            DeletePolicy = policy,
            MassDeleteThreshold = threshold,
            InitialCap = initialCap,
            IncrementalCap = incrementalCap,
            Enabled = true,
            EnforceOneWay = true,
            CrmGoogleRefField = template.CrmGoogleRefField,
        };

        var fromTemplate = RollOutMapper.ToProto(template);
        var fromPlan = ProtoMapper.ToProto(plan);

        Assert.Equal(fromPlan.Name, fromTemplate.Name);
        Assert.Equal(fromPlan.Direction, fromTemplate.Direction);
        Assert.Equal(fromPlan.ConflictWinner, fromTemplate.ConflictWinner);
        Assert.Equal(Duration.FromTimeSpan(TimeSpan.FromMinutes(15)), fromTemplate.Interval);
        Assert.Equal(fromPlan.CrmViewId, fromTemplate.CrmViewName);
        Assert.Equal(fromPlan.GoogleGroup, fromTemplate.GoogleGroupName);
        Assert.Equal(fromPlan.FieldMappings, fromTemplate.FieldMappings);
        Assert.Equal(fromPlan.Deletion, fromTemplate.Deletion);
        Assert.Equal(fromPlan.Caps, fromTemplate.Caps);
        Assert.Equal(initialCap is null && incrementalCap is null, fromTemplate.Caps is null);
        Assert.Equal(policy is null && threshold is null, fromTemplate.Deletion is null);
        Assert.True(fromTemplate.Enabled && fromTemplate.EnforceOneWay);
        Assert.Equal("Google_Ref", fromTemplate.CrmGoogleRefField);
    }

    [Fact]
    public void RoundTrip_FullPlan_KeepsEveryField()
    {
        var plan = new SyncPlanInfo
        {
            Id = "id1",
            Version = 7,
            Name = "Sales",
            CrmUser = "42",
            Direction = SyncDirection.GoogleToCrm,
            ConflictWinner = ConflictWinner.Google,
            Frequency = TimeSpan.FromMinutes(30),
            CrmView = "100",
            GoogleGroup = "contactGroups/a",
            FieldMap = new[] { new FieldMapInfo { CrmField = "Phone", GoogleField = "phoneNumbers[type=work]", Direction = MappingDirection.GoogleToCrm } },
            DeletePolicy = DeletePolicy.Quarantine,
            MassDeleteThreshold = 5,
            InitialCap = 1,
            IncrementalCap = 2,
            Enabled = true,
            EnforceOneWay = true,
            CrmGoogleRefField = "Google_Ref",
            NearRealTime = true,
        };

        var proto = ProtoMapper.ToProto(plan);
        proto.CreateTime = Timestamp.FromDateTimeOffset(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var back = ProtoMapper.ToInfo(proto);

        Assert.Equal(plan with { Created = back.Created, FieldMap = back.FieldMap }, back);
        Assert.Equal(plan.FieldMap, back.FieldMap);
        Assert.Equal(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero), back.Created);
    }

    [Fact]
    public void ToInfo_RunEventWithResult_MapsRunAndPlannedChanges()
    {
        var e = new V1.RunEvent
        {
            RunId = "r",
            Result = new V1.RunResult
            {
                Run = new V1.SyncRun { Id = "r", Outcome = V1.RunOutcome.PausedByBreaker, ApiUsage = new V1.ApiUsage { BackoffMs = 1500 } },
                PlannedChanges = { new V1.PlannedChange { Action = V1.ChangeAction.Quarantine, Target = V1.Side.Google } },
            },
        };

        var info = ProtoMapper.ToInfo(e);

        Assert.Null(info.Progress);
        Assert.Equal(RunOutcome.PausedByBreaker, info.Result!.Outcome);
        Assert.Equal(TimeSpan.FromMilliseconds(1500), info.Result.ApiUsage.Backoff);
        Assert.Equal(ChangeAction.Quarantine, Assert.Single(info.Result.PlannedChanges).Action);
        Assert.Null(info.Result.EndTime);
    }

    [Fact]
    public void ToInfo_EtaOfProgress_AndPredictedDurationOfARun_AreKept()
    {
        var progress = ProtoMapper.ToInfo(new V1.RunEvent
        {
            RunId = "r",
            Progress = new V1.RunProgress { Eta = Duration.FromTimeSpan(TimeSpan.FromSeconds(75)), FinishTime = Timestamp.FromDateTimeOffset(new DateTimeOffset(2026, 11, 30, 9, 1, 15, TimeSpan.Zero)) },
        });
        var run = ProtoMapper.ToInfo(new V1.SyncRun { Id = "r", PredictedDuration = Duration.FromTimeSpan(TimeSpan.FromMinutes(2)) });

        Assert.Equal(TimeSpan.FromSeconds(75), progress.Progress!.Eta);
        Assert.Equal(new DateTimeOffset(2026, 11, 30, 9, 1, 15, TimeSpan.Zero), progress.Progress.FinishTime);
        Assert.Equal(TimeSpan.FromMinutes(2), run.PredictedDuration);
        Assert.Null(ProtoMapper.ToInfo(new V1.SyncRun { Id = "r" }).PredictedDuration);
    }

    [Fact]
    public void ToInfo_RecordErrorDetailsAndPlanConditions_AreKept()
    {
        var error = ProtoMapper.ToInfo(new V1.RecordError
        {
            Side = V1.Side.Crm, RecordId = "people/c9", Code = "DUPLICATE_DATA", Field = "Email", ExpectedType = "email",
            DuplicateRecordId = "5725767000000999", DuplicateOwner = "Jonas Müller", Note = true,
        });
        var run = ProtoMapper.ToInfo(new V1.SyncRun { Notes = 3, Conditions = { new V1.PlanCondition { Code = "GOOGLE_CONTACT_LIMIT", Message = "The account is full.", Waiting = 40 } } });
        var status = ProtoMapper.ToInfo(new V1.PlanStatus { Conditions = { new V1.PlanCondition { Code = "GOOGLE_CONTACT_LIMIT" } } });

        Assert.Equal(("Email", "email", "5725767000000999", "Jonas Müller", true), (error.Field, error.ExpectedType, error.DuplicateRecordId, error.DuplicateOwner, error.Note));
        Assert.Equal(SyncSide.Crm, error.Side);
        Assert.Equal(SyncSide.Google, error.RecordSide);
        Assert.Equal("field Email (email); duplicate of 5725767000000999 owned by Jonas Müller", error.Detail);
        Assert.Equal(3, run.Notes);
        Assert.Equal("GOOGLE_CONTACT_LIMIT: The account is full. (40 waiting)", Assert.Single(run.Conditions).ToString());
        Assert.Equal("GOOGLE_CONTACT_LIMIT", Assert.Single(status.Conditions).Code);
    }

    [Fact]
    public void ToString_NestedValues_ReadAsTextNotRecordSyntax()
    {
        var usage = new ApiUsageInfo { CrmCalls = 4, GoogleCalls = 2, RetriedCalls = 1, Backoff = TimeSpan.FromSeconds(1.5) };
        var map = new FieldMapInfo { CrmField = "Email", GoogleField = "emailAddresses[type=work]" };
        var run = new SyncRunInfo { Id = "run_1", Outcome = RunOutcome.Succeeded, EndTime = new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero) };

        Assert.Equal("Zoho 4, Google 2 calls; 1 retried, 1.5 s back-off", usage.ToString());
        Assert.Equal("Email <-> emailAddresses[type=work]", map.ToString());
        Assert.Equal("Email -> emailAddresses[type=work]", (map with { Direction = MappingDirection.CrmToGoogle }).ToString());
        Assert.Equal("run_1 Succeeded at 2026-01-02 03:04:05Z", run.ToString());
    }
}
