using ContactSync.Core.Engine;
using ContactSync.Core.Mapping;
using ContactSync.Core.State;
using ContactSync.Testing.State;
using Microsoft.Extensions.Time.Testing;

namespace ContactSync.Core.Tests.Fakes;

/// <summary>Two fake sides, a real in-memory state store and the real engine.</summary>
internal sealed class EngineHarness
{
    public EngineHarness()
    {
        Crm = new FakeCrm(Time);
    }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 1, 9, 0, 0, TimeSpan.Zero));

    public FakeCrm Crm { get; }

    public FakeGoogle Google { get; } = new();

    public InMemorySyncStateStore Store { get; } = new();

    public RecordingSink Sink { get; } = new();

    public SyncEngineSettings Settings { get; set; } = Bidirectional();

    public static SyncEngineSettings Bidirectional(string planId = "plan-1") =>
        new(planId, WriteGoogle: true, WriteCrm: true, CrmWinsConflicts: true, EnforceOneWay: false, DefaultFieldMap.Mappings, FirstRunCap: 0, LaterRunCap: 0);

    public Task<SyncRunResult> RunAsync(bool full = false, bool dryRun = false) =>
        new SyncEngine(Store).RunAsync(Settings, Crm, Google, new SyncRunRequest(full, dryRun), Sink, CancellationToken.None);

    /// <summary>A targeted incremental run (near-real-time) of these CRM ids.</summary>
    public Task<SyncRunResult> RunTargetedAsync(params string[] crmIds) =>
        new SyncEngine(Store).RunAsync(Settings, Crm, Google, new SyncRunRequest { CrmIds = crmIds }, Sink, CancellationToken.None);
}
