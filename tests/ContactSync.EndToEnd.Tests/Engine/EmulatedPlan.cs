using ContactSync.Core.Engine;
using ContactSync.Core.Mapping;
using ContactSync.Core.State;
using ContactSync.Emulators;
using ContactSync.Google;
using ContactSync.Google.Sync;
using ContactSync.Testing.State;
using ContactSync.Zoho;
using ContactSync.Zoho.Sync;

namespace ContactSync.EndToEnd.Tests.Engine;

/// <summary>The real engine, clients and ports against the emulators over loopback HTTP.</summary>
internal sealed class EmulatedPlan : IAsyncDisposable
{
    private readonly HttpClient _http = new();
    private readonly ZohoCrmClient _zoho;
    private readonly GoogleContactsClient _google;

    private EmulatedPlan(EmulatorHost emulator, ISyncStateStore store, TimeSpan? requestTimeout)
    {
        Emulator = emulator;
        Store = store;
        if (requestTimeout is { } timeout)
        {
            _http.Timeout = timeout;
        }

        var credentials = emulator.Credentials;
        var retryFast = TimeSpan.FromMilliseconds(50);
        _zoho = new ZohoCrmClient(_http, new ZohoClientOptions
        {
            ApiBaseUrl = emulator.BaseAddress.ToString(),
            AccountsUrl = emulator.BaseAddress.ToString(),
            ClientId = credentials.ZohoClientId,
            ClientSecret = credentials.ZohoClientSecret,
            RefreshToken = credentials.ZohoAdminRefreshToken,
            BaseRetryDelay = retryFast,
            MaxRetryDelay = TimeSpan.FromSeconds(2),
        }, TimeProvider.System);
        _google = new GoogleContactsClient(new GoogleClientOptions
        {
            ApiBaseUrl = emulator.BaseAddress.ToString(),
            TokenUrl = credentials.GoogleTokenUri,
            ServiceAccountJson = credentials.GoogleServiceAccountKeyJson,
            ImpersonatedUser = credentials.GoogleImpersonatedUser,
            BaseRetryDelay = retryFast,
            MaxRetryDelay = TimeSpan.FromSeconds(2),
            RequestTimeout = requestTimeout ?? TimeSpan.FromSeconds(100),
        }, TimeProvider.System);
        Settings = new SyncEngineSettings("plan-e2e", true, true, true, false, DefaultFieldMap.Mappings, FirstRunCap: 0, LaterRunCap: 0);
    }

    public EmulatorHost Emulator { get; }

    public ISyncStateStore Store { get; }

    public SyncEngineSettings Settings { get; set; }

    public string ViewId { get; set; } = "";

    public string? GoogleRefField { get; set; } = "Google_Contact_Id";

    /// <summary>Starts the emulators; <paramref name="requestTimeout"/> bounds each HTTP attempt of both clients (default 100 s).</summary>
    public static async Task<EmulatedPlan> StartAsync(EmulatorOptions options, ISyncStateStore? store = null, TimeSpan? requestTimeout = null)
    {
        var emulator = await EmulatorHost.StartAsync(options, CancellationToken.None);
        return new EmulatedPlan(emulator, store ?? new InMemorySyncStateStore(), requestTimeout) { ViewId = emulator.Zoho.AllContactsViewId };
    }

    public Task<SyncRunResult> RunAsync(bool full = false, bool dryRun = false, ISyncProgressSink? sink = null)
    {
        var crm = new ZohoContactsPort(_zoho, new ZohoPortOptions(ViewId, Settings.Mappings.Select(m => m.CrmField).ToList(), null, null, GoogleRefField));
        var google = new GoogleContactsPort(_google, new GooglePortOptions(Emulator.Credentials.GoogleContactSyncGroup, Settings.Mappings.Select(m => GoogleFieldPath.Parse(m.GoogleField)).ToList()));
        return new SyncEngine(Store).RunAsync(Settings, crm, google, new SyncRunRequest(full, dryRun), sink ?? new NullSink(), CancellationToken.None);
    }

    public async ValueTask DisposeAsync()
    {
        _google.Dispose();
        _http.Dispose();
        await Emulator.DisposeAsync();
    }

    private sealed class NullSink : ISyncProgressSink
    {
        public void Report(SyncProgress progress)
        {
        }
    }
}
