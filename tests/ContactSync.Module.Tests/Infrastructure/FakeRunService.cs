using ContactSync.Grpc.V1;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Proto = ContactSync.Grpc.V1;

namespace ContactSync.Module.Tests.Infrastructure;

/// <summary>
/// A scripted stand-in for the run RPCs and pickers that the real server does not implement yet: "Fake plan"
/// streams five progress events and a result, "Slow plan" streams progress until cancelled. Needs "Bearer fake-key".
/// </summary>
internal sealed class FakeRunService(FakeRunState state) : Proto.ContactSync.ContactSyncBase
{
    public const string ApiKey = "fake-key";
    public const string FastPlanId = "plan-fast";
    public const string SlowPlanId = "plan-slow";
    private static readonly Timestamp Started = Timestamp.FromDateTimeOffset(new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero));

    private static readonly SyncPlan[] Plans =
    [
        new SyncPlan { Id = FastPlanId, Version = 1, Name = "Fake plan", CrmUserId = "1", Direction = SyncDirection.Bidirectional, ConflictWinner = ConflictWinner.Crm, CrmViewId = "100", GoogleGroup = "contactGroups/a" },
        new SyncPlan { Id = SlowPlanId, Version = 1, Name = "Slow plan", CrmUserId = "1", Direction = SyncDirection.CrmToGoogle, CrmViewId = "100", GoogleGroup = "contactGroups/a" },
    ];

    public override Task<ConfigureResponse> Configure(ConfigureRequest request, ServerCallContext context)
    {
        Authorize(context);
        var plan = request.Plan.Clone();
        var created = plan.Id.Length == 0;
        if (created)
        {
            plan.Id = "plan-" + (state.ConfiguredPlans.Count + 1);
        }

        plan.Version++;
        state.ConfiguredPlans[plan.Id] = plan;
        return Task.FromResult(new ConfigureResponse { Plan = plan, Created = created });
    }

    public override Task<GetConfigResponse> GetConfig(GetConfigRequest request, ServerCallContext context)
    {
        Authorize(context);
        var plan = Plans.Concat(state.ConfiguredPlans.Values).FirstOrDefault(p => p.Id == request.PlanId || string.Equals(p.Name, request.Name, StringComparison.OrdinalIgnoreCase))
            ?? throw new RpcException(new Status(StatusCode.NotFound, "No such plan."));
        return Task.FromResult(new GetConfigResponse { Plan = plan });
    }

    public override Task<ListConfigsResponse> ListConfigs(ListConfigsRequest request, ServerCallContext context)
    {
        Authorize(context);
        return Task.FromResult(new ListConfigsResponse { Plans = { Plans, state.ConfiguredPlans.Values } });
    }

    public override async Task RunSync(RunSyncRequest request, IServerStreamWriter<RunEvent> responseStream, ServerCallContext context)
    {
        Authorize(context);
        state.RunSyncCalls.Enqueue(request);
        if (request.PlanId == SlowPlanId)
        {
            await StreamSlowAsync(responseStream, context);
            return;
        }

        var runId = "run-fast-" + state.RunSyncCalls.Count;
        await StreamFastAsync(runId, request.DryRun, responseStream, context);
    }

    public override async Task WatchRun(WatchRunRequest request, IServerStreamWriter<RunEvent> responseStream, ServerCallContext context)
    {
        Authorize(context);
        state.WatchRunCalls.Enqueue(request.RunId);
        if (!request.RunId.StartsWith("run-fast-", StringComparison.Ordinal))
        {
            throw new RpcException(new Status(StatusCode.NotFound, "No such run."));
        }

        await StreamFastAsync(request.RunId, false, responseStream, context);
    }

    public override Task<CancelRunResponse> CancelRun(CancelRunRequest request, ServerCallContext context)
    {
        Authorize(context);
        state.CancelRunCalls.Enqueue(request.RunId);
        state.SlowRunCancelled.TrySetResult();
        return Task.FromResult(new CancelRunResponse { Run = new SyncRun { Id = request.RunId, PlanId = SlowPlanId, StartTime = Started, Phase = RunPhase.ReadingCrm } });
    }

    public override Task<GetStatusResponse> GetStatus(GetStatusRequest request, ServerCallContext context)
    {
        Authorize(context);
        var statuses = new[]
        {
            new PlanStatus { PlanId = FastPlanId, PlanName = "Fake plan", LastRun = Result("run-fast-0", false).Run, LinkedContacts = 4, LastSuccessTime = Started },
            new PlanStatus
            {
                PlanId = SlowPlanId,
                PlanName = "Slow plan",
                CurrentRun = state.SlowRunActive ? new SyncRun { Id = "run-slow", PlanId = SlowPlanId, StartTime = Started, Phase = RunPhase.ReadingCrm } : null,
                Backlog = 7,
                FailingRecords = 1,
            },
        };
        var response = new GetStatusResponse();
        response.Statuses.AddRange(statuses.Where(s => request.PlanId.Length == 0 || s.PlanId == request.PlanId));
        return Task.FromResult(response);
    }

    public override Task<ListRunsResponse> ListRuns(ListRunsRequest request, ServerCallContext context)
    {
        Authorize(context);
        return Task.FromResult(new ListRunsResponse { Runs = { Result("run-fast-2", false).Run, Result("run-fast-1", false).Run } });
    }

    public override Task<ListRunErrorsResponse> ListRunErrors(ListRunErrorsRequest request, ServerCallContext context)
    {
        Authorize(context);
        return Task.FromResult(new ListRunErrorsResponse
        {
            Errors = { new RecordError { RunId = request.RunId, Side = Side.Crm, RecordId = "", Email = "ann@example.com", Code = "MANDATORY_NOT_FOUND", Message = "Last_Name is required.", Retries = 2, Time = Started } },
        });
    }

    public override Task<ListCrmViewsResponse> ListCrmViews(ListCrmViewsRequest request, ServerCallContext context)
    {
        Authorize(context);
        return Task.FromResult(new ListCrmViewsResponse
        {
            Views = { new CrmView { Id = "100", Name = "All Contacts", SystemName = "ALLVIEWS", IsDefault = true }, new CrmView { Id = "200", Name = "Key customers" } },
        });
    }

    public override Task<ListGoogleGroupsResponse> ListGoogleGroups(ListGoogleGroupsRequest request, ServerCallContext context)
    {
        Authorize(context);
        return Task.FromResult(new ListGoogleGroupsResponse
        {
            Groups = { new GoogleGroup { ResourceName = "contactGroups/a", Name = "Sales team", GroupType = "USER_CONTACT_GROUP", MemberCount = 3 } },
        });
    }

    public override Task<ListFieldsResponse> ListFields(ListFieldsRequest request, ServerCallContext context)
    {
        Authorize(context);
        return Task.FromResult(new ListFieldsResponse
        {
            Catalog = new FieldCatalog
            {
                CrmFields = { new CrmField { ApiName = "Last_Name", Label = "Last Name", DataType = "text", Mandatory = true } },
                GoogleFields = { new GoogleField { Path = "names[0].familyName", Description = "Family name", Singleton = true } },
                DefaultMappings =
                {
                    new FieldMapping { CrmField = "Last_Name", GoogleField = "names[0].familyName" },
                    new FieldMapping { CrmField = "Email", GoogleField = "emailAddresses[type=work]" },
                },
            },
        });
    }

    private static void Authorize(ServerCallContext context)
    {
        if (context.RequestHeaders.GetValue("authorization") != "Bearer " + ApiKey)
        {
            throw new RpcException(new Status(StatusCode.Unauthenticated, "Unknown API key."));
        }
    }

    private static RunResult Result(string runId, bool dryRun)
    {
        var result = new RunResult
        {
            Run = new SyncRun
            {
                Id = runId,
                PlanId = FastPlanId,
                Trigger = RunTrigger.Manual,
                Mode = RunMode.Incremental,
                DryRun = dryRun,
                StartTime = Started,
                EndTime = Timestamp.FromDateTimeOffset(Started.ToDateTimeOffset().AddSeconds(3)),
                Outcome = RunOutcome.Succeeded,
                Phase = RunPhase.Done,
                Crm = new SideCounts { Updated = dryRun ? 0 : 1 },
                Google = new SideCounts { Created = dryRun ? 0 : 3 },
                Processed = 4,
                Total = 4,
                ApiUsage = new ApiUsage { CrmCalls = 3, GoogleCalls = 4 },
                Message = "Synced 4 contacts.",
            },
        };
        if (dryRun)
        {
            result.PlannedChanges.Add(new PlannedChange { Action = ChangeAction.Create, Target = Side.Google, CrmId = "9001", Email = "ann@example.com", DisplayName = "Ann" });
            result.PlannedChanges.Add(new PlannedChange { Action = ChangeAction.Update, Target = Side.Crm, CrmId = "9002", Email = "bob@example.com", DisplayName = "Bob", Fields = { new FieldChange { CrmField = "Phone", GoogleField = "phoneNumbers[type=work]", NewValue = "+1 555" } } });
        }

        return result;
    }

    private static async Task StreamFastAsync(string runId, bool dryRun, IServerStreamWriter<RunEvent> stream, ServerCallContext context)
    {
        RunPhase[] phases = [RunPhase.ReadingCrm, RunPhase.ReadingGoogle, RunPhase.Planning, RunPhase.WritingGoogle, RunPhase.Finishing];
        for (var i = 0; i < phases.Length; i++)
        {
            await stream.WriteAsync(new RunEvent
            {
                RunId = runId,
                Progress = new RunProgress { Phase = phases[i], Processed = Math.Min(i, 4), Total = 4, Google = new SideCounts { Created = Math.Max(0, i - 2) }, Message = "step " + i, Time = Started },
            }, context.CancellationToken);
            await Task.Delay(20, context.CancellationToken);
        }

        await stream.WriteAsync(new RunEvent { RunId = runId, Result = Result(runId, dryRun) }, context.CancellationToken);
    }

    private async Task StreamSlowAsync(IServerStreamWriter<RunEvent> stream, ServerCallContext context)
    {
        state.SlowRunActive = true;
        try
        {
            for (var i = 0; !context.CancellationToken.IsCancellationRequested && !state.SlowRunCancelled.Task.IsCompleted; i++)
            {
                await stream.WriteAsync(new RunEvent
                {
                    RunId = "run-slow",
                    Progress = new RunProgress { Phase = RunPhase.ReadingCrm, Processed = i, Total = 0, Message = "page " + i, Time = Started },
                }, context.CancellationToken);
                await Task.Delay(100, context.CancellationToken);
            }
        }
        catch (OperationCanceledException) when (context.CancellationToken.IsCancellationRequested)
        {
            // The client stopped listening.
        }
        finally
        {
            state.SlowRunActive = false;
        }
    }
}
