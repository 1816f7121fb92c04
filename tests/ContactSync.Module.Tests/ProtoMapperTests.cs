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
}
