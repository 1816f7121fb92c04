using System.Net;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using ContactSync.Emulators.Control;
using ContactSync.Emulators.Google;
using ContactSync.Emulators.Infrastructure;
using ContactSync.Emulators.Org;
using ContactSync.Emulators.Quotas;
using ContactSync.Emulators.Seeding;
using ContactSync.Emulators.Zoho;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace ContactSync.Emulators;

/// <summary>
/// Both emulators in one Kestrel app on 127.0.0.1: Zoho CRM v8 under <c>/crm/v8/</c> with its token endpoint
/// <c>POST /oauth/v2/token</c>; Google People v1 under <c>/v1/</c> with its token endpoint <c>POST /token</c>;
/// the control surface under <c>/_emulator/</c>.
/// </summary>
public sealed class EmulatorHost : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly RSA _serviceAccountKey;

    private EmulatorHost(EmulatorOptions options, WebApplication app, RSA key, ZohoEmulatorState zoho, GoogleEmulatorState google, FaultInjector faults, CallLog calls, QuotaBook quotas)
    {
        Options = options;
        _app = app;
        _serviceAccountKey = key;
        Zoho = zoho;
        Google = google;
        Faults = faults;
        Calls = calls;
        Quotas = quotas;
        Credentials = null!;
    }

    /// <summary>Base address, e.g. <c>http://127.0.0.1:5123/</c>: the Zoho API/accounts URL and the Google API URL.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>The options the host was started with.</summary>
    public EmulatorOptions Options { get; }

    /// <summary>Zoho CRM state (records, users, views) and test helpers.</summary>
    public ZohoEmulatorState Zoho { get; }

    /// <summary>Google People state (contacts, groups) and test helpers.</summary>
    public GoogleEmulatorState Google { get; }

    /// <summary>Switchable faults.</summary>
    public FaultInjector Faults { get; }

    /// <summary>Per-endpoint call counters.</summary>
    public CallLog Calls { get; }

    /// <summary>The quotas in force and the calls they refused.</summary>
    public QuotaBook Quotas { get; }

    /// <summary>The Zoho Watch API's channels, its delivery log and its delivery faults.</summary>
    public ZohoNotifications ZohoWatch { get; private set; } = null!;

    /// <summary>The users of the seeded organisation (empty when none was seeded).</summary>
    public IReadOnlyList<OrgUser> OrgUsers { get; private set; } = [];

    /// <summary>Credentials accepted by the token endpoints.</summary>
    public EmulatorCredentials Credentials { get; private set; }

    /// <summary>Starts both emulators and seeds them.</summary>
    public static async Task<EmulatorHost> StartAsync(EmulatorOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var time = options.TimeProvider;
        // The Workspace user the service account impersonates by default is the CRM administrator's account: every seeded CRM
        // user's email is in the Workspace domain, so per-user plans default to their CRM user's own Google account.
        const string workspaceUser = "patricia.boyle@contactsync-demo.example";
        const string saEmail = "contactsync-sync@contactsync-emulator.iam.gserviceaccount.com";
        var zoho = new ZohoEmulatorState(time) { PageTokenValidity = options.ZohoPageTokenValidity, StrictPicklists = options.ZohoStrictPicklists };
        var google = new GoogleEmulatorState(time, workspaceUser, options.Seed, options.GooglePropagationDelay, options.SyncTokenMaxAge)
        {
            ContactLimit = options.GoogleContactLimit,
            ContactLimitRefusal = options.GoogleContactLimitRefusal,
        };
        var faults = new FaultInjector(options.Seed);
        var calls = new CallLog();
        var tokens = new AccessTokenStore(time, options.AccessTokenLifetime);
        var quota = new QuotaTracker(time);
        var quotas = new QuotaBook(options.Quotas, time);
        var key = RSA.Create(2048);
        var zohoClientId = "1000.EMU" + RandomNumberGenerator.GetHexString(24);
        var zohoClientSecret = RandomNumberGenerator.GetHexString(40, lowercase: true);
        var googleAuth = new GoogleAuthSettings(
            key,
            saEmail,
            workspaceUser,
            RandomNumberGenerator.GetHexString(12, lowercase: true) + "-emulator.apps.googleusercontent.com",
            "GOCSPX-" + RandomNumberGenerator.GetHexString(28),
            "1//0emu" + RandomNumberGenerator.GetHexString(40));

        var app = CreateBuilder(options, time, calls, faults).Build();
        var host = new EmulatorHost(options, app, key, zoho, google, faults, calls, quotas);
        host.ZohoWatch = new ZohoNotifications(time, options.ZohoWatch, app.Services.GetRequiredService<ILoggerFactory>().CreateLogger<ZohoNotifications>());
        zoho.Changes.Connect(host.ZohoWatch.Notifier.Publish);
        var zohoWatchApi = new ZohoWatchApi(zoho, host.ZohoWatch, options.ZohoApiDomain);
        var zohoApi = new ZohoApi(zoho, tokens, quota, options.ZohoRequestsPerMinutePerUser, quotas, zohoClientId, zohoClientSecret, options.ZohoApiDomain, zohoWatchApi);
        var googleApi = new GoogleApi(google, tokens, quota, options.GoogleRequestsPerMinutePerUser, quotas, googleAuth);

        var zohoAuthorization = new ZohoAuthorization(zoho, tokens, time, zohoClientId, zohoClientSecret);
        MapRoutes(app, host, zohoAuthorization, zohoApi, googleApi);

        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        host.BaseAddress = new Uri(address.Replace("localhost", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/') + "/");

        var tokenUri = host.BaseAddress + "token";
        host.Credentials = CreateCredentials(zoho, google, googleAuth, zohoClientId, zohoClientSecret, ServiceAccountKey(host.BaseAddress, key, saEmail, tokenUri), tokenUri);

        host.Reseed(options.ZohoSeedContacts, options.GoogleSeedContacts, options.OverlappingEmails, options.Seed);
        if (options.Org is { } org)
        {
            host.SeedOrg(org);
        }

        return host;
    }

    private static void MapRoutes(WebApplication app, EmulatorHost host, ZohoAuthorization zohoAuthorization, ZohoApi zohoApi, GoogleApi googleApi)
    {
        app.UseRequestDecompression();
        app.UseMiddleware<EmulatorMiddleware>();
        app.UseRouting();
        app.MapGet("/oauth/v2/auth", (HttpContext ctx) => zohoAuthorization.ShowAsync(ctx, ctx.RequestAborted));
        app.MapPost("/oauth/v2/auth", (HttpContext ctx) => zohoAuthorization.ApproveAsync(ctx, ctx.RequestAborted));
        app.MapPost("/oauth/v2/token", async (HttpContext ctx) =>
        {
            if (!await zohoAuthorization.TryTokenAsync(ctx, ctx.RequestAborted))
            {
                await zohoApi.TokenAsync(ctx, ctx.RequestAborted);
            }
        });
        app.Map("/crm/v8/{**path}", (HttpContext ctx) => zohoApi.HandleAsync(ctx, ctx.RequestAborted));
        app.MapPost("/token", (HttpContext ctx) => googleApi.TokenAsync(ctx, ctx.RequestAborted));
        app.Map("/v1/{**path}", (HttpContext ctx) => googleApi.HandleAsync(ctx, ctx.RequestAborted));
        ControlApi.Map(app, host);
        QuotaControlApi.Map(app, host);
        ZohoWatchControlApi.Map(app, host);
        OrgControlApi.Map(app, host);
        GoogleLimitControlApi.Map(app, host);
    }

    private static WebApplicationBuilder CreateBuilder(EmulatorOptions options, TimeProvider time, CallLog calls, FaultInjector faults)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseKestrelCore().ConfigureKestrel(k =>
        {
            k.Listen(IPAddress.Loopback, options.Port);
            k.Limits.MaxRequestBodySize = 64 * 1024 * 1024;
        });
        builder.Services.AddRouting();
        builder.Services.AddRequestDecompression();
        builder.Services.AddSingleton(time);
        builder.Services.AddSingleton(calls);
        builder.Services.AddSingleton(faults);
        builder.Logging.ClearProviders();
        if (options.ConsoleLogging)
        {
            builder.Logging.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Information);
        }

        return builder;
    }

    private static EmulatorCredentials CreateCredentials(ZohoEmulatorState zoho, GoogleEmulatorState google, GoogleAuthSettings googleAuth,
        string zohoClientId, string zohoClientSecret, JsonObject keyJson, string tokenUri)
    {
        var byKind = zoho.Users.ToDictionary(u => u.Kind);
        return new EmulatorCredentials
        {
            ZohoClientId = zohoClientId,
            ZohoClientSecret = zohoClientSecret,
            ZohoAdminRefreshToken = byKind["admin"].RefreshToken,
            ZohoStandardRefreshToken = byKind["standard"].RefreshToken,
            ZohoViewOnlyRefreshToken = byKind["viewonly"].RefreshToken,
            ZohoUserIds = zoho.UserIds,
            GoogleServiceAccountKeyJson = keyJson.ToJsonString(),
            GoogleServiceAccountEmail = googleAuth.ServiceAccountEmail,
            GoogleImpersonatedUser = googleAuth.ImpersonatedUser,
            GoogleClientId = googleAuth.ClientId,
            GoogleClientSecret = googleAuth.ClientSecret,
            GoogleUserRefreshToken = googleAuth.UserRefreshToken,
            GoogleTokenUri = tokenUri,
            GoogleContactSyncGroup = google.ContactSyncGroupResourceName,
            GoogleFamilyGroup = google.FamilyGroupResourceName,
        };
    }

    private static JsonObject ServiceAccountKey(Uri baseAddress, RSA key, string saEmail, string tokenUri)
    {
        return new JsonObject
        {
            ["type"] = "service_account",
            ["project_id"] = "contactsync-emulator",
            ["private_key_id"] = RandomNumberGenerator.GetHexString(40, lowercase: true),
            ["private_key"] = key.ExportPkcs8PrivateKeyPem() + "\n",
            ["client_email"] = saEmail,
            ["client_id"] = "1" + string.Concat(Enumerable.Range(0, 20).Select(_ => RandomNumberGenerator.GetInt32(10))),
            ["auth_uri"] = baseAddress + "o/oauth2/auth",
            ["token_uri"] = tokenUri,
            ["auth_provider_x509_cert_url"] = "https://www.googleapis.com/oauth2/v1/certs",
            ["client_x509_cert_url"] = "https://www.googleapis.com/robot/v1/metadata/x509/contactsync-sync%40contactsync-emulator.iam.gserviceaccount.com",
            ["universe_domain"] = "googleapis.com",
        };
    }

    /// <summary>
    /// Clears both emulators (an organisation's users too) and seeds them again (group resource names stay the same).
    /// </summary>
    public void Reseed(int zohoContacts, int googleContacts, int overlappingEmails, int seed)
    {
        Zoho.Reset();
        Zoho.SetOrgUsers(0, "unused");
        OrgUsers = [];
        Google.Reset();
        Seeder.Seed(Zoho, Google, zohoContacts, googleContacts, overlappingEmails, seed);
    }

    /// <summary>
    /// Adds an organisation: CRM users (sales representatives who see only their own records) owning their CRM contacts,
    /// each with their own Google account holding a "ContactSync" group; replaces an earlier organisation's users.
    /// </summary>
    public IReadOnlyList<OrgUser> SeedOrg(OrgSeed seed)
    {
        ArgumentNullException.ThrowIfNull(seed);
        OrgUsers = OrgSeeder.Seed(Zoho, Google, seed);
        return OrgUsers;
    }

    /// <summary>Stops the server.</summary>
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync(CancellationToken.None);
        await _app.DisposeAsync();
        await ZohoWatch.DisposeAsync();
        _serviceAccountKey.Dispose();
    }
}
