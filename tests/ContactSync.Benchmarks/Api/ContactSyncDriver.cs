using System.Diagnostics;
using ContactSync.Benchmarks.Emulator;
using ContactSync.Benchmarks.Scenarios;
using ContactSync.Grpc.V1;
using Grpc.Core;
using Grpc.Net.Client;
using ContactSyncClient = ContactSync.Grpc.V1.ContactSync.ContactSyncClient;

namespace ContactSync.Benchmarks.Api;

/// <summary>Drives one server through its native gRPC API (h2c) with an admin key.</summary>
internal sealed class ContactSyncDriver : IDisposable
{
    /// <summary>The emulator's "All Contacts" custom view (fixed id in the Zoho emulator).</summary>
    public const string AllContactsViewId = "5725767000000087501";

    private static readonly TimeSpan RunDeadline = TimeSpan.FromMinutes(30);
    private readonly GrpcChannel _channel;
    private readonly ContactSyncClient _client;
    private readonly Metadata _auth;

    public ContactSyncDriver(Uri grpcAddress, string adminKey)
    {
        // Several HTTP/2 connections when needed: the organisation scenario keeps 200 run streams open at once (a connection
        // carries 100).
        _channel = GrpcChannel.ForAddress(grpcAddress, new GrpcChannelOptions
        {
            MaxReceiveMessageSize = 64 * 1024 * 1024,
            HttpHandler = new SocketsHttpHandler { EnableMultipleHttp2Connections = true },
            DisposeHttpClient = true,
        });
        _client = new ContactSyncClient(_channel);
        _auth = new Metadata { { "authorization", "Bearer " + adminKey } };
    }

    /// <summary>Stores both connections, pointing at the emulators.</summary>
    public async Task SetConnectionsAsync(EmulatorCredentials c, Uri emulator, CancellationToken cancellationToken)
    {
        var baseUrl = emulator.ToString().TrimEnd('/');
        await _client.SetConnectionAsync(
            new SetConnectionRequest
            {
                Zoho = new ZohoConnection
                {
                    AccountsUrl = baseUrl,
                    ApiUrl = baseUrl,
                    ClientId = c.ZohoClientId,
                    ClientSecret = c.ZohoClientSecret,
                    RefreshToken = c.ZohoAdminRefreshToken,
                },
            },
            _auth,
            cancellationToken: cancellationToken);
        await _client.SetConnectionAsync(
            new SetConnectionRequest
            {
                Google = new GoogleConnection
                {
                    ServiceAccountJson = c.GoogleServiceAccountKeyJson,
                    ImpersonatedUser = c.GoogleImpersonatedUser,
                    TokenUrl = c.GoogleTokenUri,
                    ApiUrl = baseUrl + "/",
                },
            },
            _auth,
            cancellationToken: cancellationToken);
    }

    /// <summary>Creates a manual plan for the scenario: "All Contacts" view, the ContactSync group, default field map, caps off.</summary>
    public async Task<SyncPlan> CreatePlanAsync(string name, ScenarioDefinition s, EmulatorCredentials c, CancellationToken cancellationToken)
    {
        var plan = new SyncPlan
        {
            Name = name,
            CrmUserId = c.ZohoUserIds["admin"],
            Direction = s.Direction,
            CrmViewId = AllContactsViewId,
            GoogleGroup = c.GoogleContactSyncGroup,
            Caps = new RunCaps { FirstRun = 0, LaterRuns = 0 },
            Enabled = false,
        };
        if (s.Direction == SyncDirection.Bidirectional)
        {
            plan.ConflictWinner = ConflictWinner.Crm;
        }

        var response = await _client.ConfigureAsync(new ConfigureRequest { Plan = plan }, _auth, cancellationToken: cancellationToken);
        return response.Plan;
    }

    /// <summary>The stored plan.</summary>
    public async Task<SyncPlan> GetPlanAsync(string planId, CancellationToken cancellationToken) =>
        (await _client.GetConfigAsync(new GetConfigRequest { PlanId = planId }, _auth, cancellationToken: cancellationToken)).Plan;

    /// <summary>Stores a changed plan (Configure with its version).</summary>
    public async Task<SyncPlan> UpdatePlanAsync(SyncPlan plan, CancellationToken cancellationToken) =>
        (await _client.ConfigureAsync(new ConfigureRequest { Plan = plan }, _auth, cancellationToken: cancellationToken)).Plan;

    /// <summary>Runs the plan (incremental; a plan's first run is full) and waits for its result.</summary>
    public async Task<RunObservation> RunAsync(string planId, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        using var call = _client.RunSync(
            new RunSyncRequest { PlanId = planId, Mode = RunMode.Incremental },
            _auth,
            TimeProvider.System.GetUtcNow().UtcDateTime + RunDeadline,
            cancellationToken);
        var progress = 0;
        RunResult? result = null;
        while (await call.ResponseStream.MoveNext(cancellationToken))
        {
            var e = call.ResponseStream.Current;
            if (e.EventCase == RunEvent.EventOneofCase.Progress)
            {
                progress++;
            }
            else if (e.EventCase == RunEvent.EventOneofCase.Result)
            {
                result = e.Result;
                watch.Stop();
                break;
            }
        }

        if (result is null)
        {
            throw new InvalidOperationException("RunSync ended without a result event");
        }

        return new RunObservation(watch.Elapsed.TotalSeconds, Report(result.Run, progress));
    }

    /// <summary>The plan's linked pairs per GetStatus, or null when GetStatus is not available.</summary>
    public async Task<long?> GetLinkedContactsAsync(string planId, CancellationToken cancellationToken)
    {
        try
        {
            var response = await _client.GetStatusAsync(new GetStatusRequest { PlanId = planId }, _auth, cancellationToken: cancellationToken);
            return response.Statuses.FirstOrDefault()?.LinkedContacts;
        }
        catch (RpcException e) when (e.StatusCode == StatusCode.Unimplemented)
        {
            return null;
        }
    }

    /// <summary>Creates one plan per CRM user from the template (RollOutPlans); throws when a user's plan was not created.</summary>
    public async Task<IReadOnlyList<SyncPlan>> RollOutAsync(PlanTemplate template, IEnumerable<string> crmUserIds, CancellationToken cancellationToken)
    {
        var request = new RollOutPlansRequest { Template = template };
        request.CrmUserIds.Add(crmUserIds);
        var response = await _client.RollOutPlansAsync(request, _auth, cancellationToken: cancellationToken);
        var failed = response.Results.FirstOrDefault(r => r.Outcome == RollOutOutcome.Failed);
        return failed is null
            ? response.Results.Select(r => r.Plan).ToList()
            : throw new InvalidOperationException($"RollOutPlans refused CRM user {failed.CrmUserId}: {failed.Reason} {failed.Message}");
    }

    /// <summary>The plan's status (backlog, conditions, linked pairs).</summary>
    public async Task<PlanStatus> GetStatusAsync(string planId, CancellationToken cancellationToken)
    {
        var response = await _client.GetStatusAsync(new GetStatusRequest { PlanId = planId }, _auth, cancellationToken: cancellationToken);
        return response.Statuses.FirstOrDefault() ?? throw new InvalidOperationException($"GetStatus returned no status for plan {planId}");
    }

    /// <summary>Deletes the plan (keeps the server's database small between iterations).</summary>
    public async Task DeletePlanAsync(string planId, CancellationToken cancellationToken) =>
        await _client.DeleteConfigAsync(new DeleteConfigRequest { PlanId = planId }, _auth, cancellationToken: cancellationToken);

    public void Dispose() => _channel.Dispose();

    private static ServerRunReport Report(SyncRun r, int progressEvents)
    {
        var crm = r.Crm ?? new SideCounts();
        var google = r.Google ?? new SideCounts();
        var usage = r.ApiUsage ?? new ApiUsage();
        return new ServerRunReport(
            r.Id,
            r.Outcome.ToString(),
            r.Message,
            r.Processed,
            crm.Created,
            crm.Updated,
            crm.Deleted,
            crm.Failed,
            google.Created,
            google.Updated,
            google.Deleted,
            google.Failed,
            r.Conflicts,
            r.Errors,
            r.Backlog,
            usage.CrmCalls,
            usage.GoogleCalls,
            usage.RetriedCalls,
            usage.BackoffMs,
            progressEvents,
            r.PredictedDuration?.ToTimeSpan().TotalSeconds,
            r.StartTime is not null && r.EndTime is not null ? (r.EndTime.ToDateTimeOffset() - r.StartTime.ToDateTimeOffset()).TotalSeconds : null);
    }
}
