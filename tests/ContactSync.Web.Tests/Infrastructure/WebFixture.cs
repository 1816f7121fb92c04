using ContactSync.Emulators;
using ContactSync.Server.Hosting;
using ContactSync.Testing.Emulation;
using ContactSync.Testing.Hosting;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Microsoft.Playwright;
using Proto = ContactSync.Grpc.V1;

namespace ContactSync.Web.Tests.Infrastructure;

/// <summary>
/// One browser and one world per test run (tests share it, each with its own browser context and its own plans):
/// the emulators, the server (with the built page and the widget host origin allowed), the two static origins and
/// Chromium. The emulators and the server are the test kit's <see cref="EmulatedServer"/>, which stores the connections
/// over gRPC; everything else is done through the page.
/// </summary>
public sealed class WebFixture : IAsyncLifetime
{
    public const string AdminKey = "csk_webtests_7f3a9c2e5b814d06a1e8c4f2b97d350e6c1a8f4b2d9e073c";

    private EmulatedServer? _world;

    public EmulatorHost Emulator => World.Emulator;

    public ContactSyncServerHost Server => World.Server.Host;

    internal StaticSiteHost Sites { get; private set; } = null!;

    public IPlaywright Playwright { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public Proto.ContactSync.ContactSyncClient Client { get; private set; } = null!;

    public Metadata Admin { get; } = TestServer.Bearer(AdminKey);

    /// <summary>The page's address (the server's gRPC-Web port).</summary>
    public string PageUrl => Server.GrpcWebAddress.ToString().TrimEnd('/');

    public async Task InitializeAsync()
    {
        Chromium.EnsureInstalled();
        Sites = await StaticSiteHost.StartAsync();
        _world = await EmulatedServer.StartAsync(new EmulatedServerOptions
        {
            Emulator = new EmulatorOptions { ZohoSeedContacts = 60, GoogleSeedContacts = 40, OverlappingEmails = 20, Seed = 16 },
            AdminKey = AdminKey,
            Configuration = new Dictionary<string, string?>
            {
                ["ContactSync:Web:AllowedOrigins:0"] = Sites.WidgetOrigin.ToString().TrimEnd('/'),
                ["ContactSync:Runs:SchedulerEnabled"] = "false",
            },
        });
        Client = new Proto.ContactSync.ContactSyncClient(_world.Server.Channel());

        Playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        Browser = await Playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = Chromium.Path, Headless = true, Args = Chromium.Args });
    }

    /// <summary>A fresh browser context (own sessionStorage) and page, 1280 px wide unless given.</summary>
    public async Task<IPage> NewPageAsync(int width = 1280, int height = 900, string locale = "en-GB")
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = height }, Locale = locale });
        context.SetDefaultTimeout(30_000);
        return await context.NewPageAsync();
    }

    /// <summary>Saves a screenshot for the README (see <see cref="RepoPaths.Screenshots"/>): the whole page, or one element.</summary>
    public static async Task ScreenshotAsync(IPage page, string name, string? selector = null, int? maxHeight = null)
    {
        Directory.CreateDirectory(RepoPaths.Screenshots);
        var path = Path.Combine(RepoPaths.Screenshots, name + ".png");
        if (selector is null)
        {
            var clip = maxHeight is { } height ? new Clip { X = 0, Y = 0, Width = page.ViewportSize!.Width, Height = height } : null;
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true, Clip = clip });
        }
        else
        {
            await page.Locator(selector).ScreenshotAsync(new LocatorScreenshotOptions { Path = path });
        }
    }

    /// <summary>Creates (by the admin key) an hourly CRM → Google plan of the emulators' view and group for a CRM user.</summary>
    public async Task<Proto.SyncPlan> CreatePlanAsync(string name, string crmUserId)
    {
        var plan = new Proto.SyncPlan
        {
            Name = name,
            CrmUserId = crmUserId,
            Direction = Proto.SyncDirection.CrmToGoogle,
            CrmViewId = Emulator.Zoho.AllContactsViewId,
            GoogleGroup = Emulator.Credentials.GoogleContactSyncGroup,
            GoogleAccount = Emulator.Credentials.GoogleImpersonatedUser, // the group's account, assigned by the admin key
            Interval = Duration.FromTimeSpan(TimeSpan.FromHours(1)),
        };
        return (await Client.ConfigureAsync(new Proto.ConfigureRequest { Plan = plan }, Admin)).Plan;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        Playwright?.Dispose();
        if (_world is not null)
        {
            await _world.DisposeAsync();
        }

        if (Sites is not null)
        {
            await Sites.DisposeAsync();
        }
    }

    private EmulatedServer World => _world ?? throw new InvalidOperationException("Not started.");
}

[CollectionDefinition(Name)]
public sealed class WebCollection : ICollectionFixture<WebFixture>
{
    public const string Name = "web";
}
