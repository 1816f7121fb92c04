using System.Net;
using System.Text;
using ContactSync.Core.Plans;
using ContactSync.Emulators;
using ContactSync.Testing.Emulation;
using ContactSync.Zoho.Access;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ContactSync.Zoho.Tests.Access;

/// <summary>
/// <see cref="CrmAccessChecker.CheckAsync"/> through the real Zoho client against the emulator's users and profiles.
/// The emulator does not serve GET /crm/v8/settings/roles, so a handler answers it with the emulator's role hierarchy
/// (CEO ← Manager ← Sales Representative; CEO ← Support) and passes every other request through.
/// </summary>
public sealed class CrmAccessCheckerTests : IAsyncLifetime
{
    private EmulatorHost? _emulator;

    private EmulatorHost Emulator => _emulator ?? throw new InvalidOperationException("Not started.");

    public async Task InitializeAsync() => _emulator = await EmulatorHost.StartAsync(new EmulatorOptions { Port = 0 }, CancellationToken.None);

    public async Task DisposeAsync()
    {
        if (_emulator is not null)
        {
            await _emulator.DisposeAsync();
        }
    }

    [Fact]
    public async Task Administrator_SeesEveryRecord()
    {
        var access = await Check("admin", SyncDirection.Bidirectional);

        Assert.Equal(Emulator.Credentials.ZohoUserIds["admin"], access.CrmUserId);
        Assert.Null(access.VisibleOwnerIds);
    }

    [Fact]
    public async Task StandardUser_SeesOwnRecords_AndThoseOfSubordinateRoles()
    {
        var ids = Emulator.Credentials.ZohoUserIds;

        var access = await Check("standard", SyncDirection.Bidirectional);

        Assert.NotNull(access.VisibleOwnerIds);
        Assert.Equal(new[] { ids["standard"], ids["viewonly"] }.Order(StringComparer.Ordinal), access.VisibleOwnerIds.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task PeerInASideRole_SeesOnlyOwnRecords()
    {
        var access = await Check("peer", SyncDirection.CrmToGoogle);

        Assert.Equal([Emulator.Credentials.ZohoUserIds["peer"]], access.VisibleOwnerIds!);
    }

    [Fact]
    public async Task ViewOnlyUser_IsDenied_WithTheMissingPermissionsNamed()
    {
        var ex = await Assert.ThrowsAsync<CrmAccessDeniedException>(() => Check("viewonly", SyncDirection.GoogleToCrm));

        Assert.Contains("Rule 'view-only users sync CRM → Google only'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Contacts_Create", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task IntegrationPermission_IsTheConfiguredOne_AndCheckedOnlyWhereListed()
    {
        var standard = Emulator.Credentials.ZohoUserIds["standard"];
        Emulator.Zoho.SetProfilePermission("Standard", "Crm_Custom_Google_Sync", enabled: false, displayLabel: "Custom Google sync");

        // The default setting ("Sync with Google Contacts") does not match this entry: not listed → not checked.
        await Checker().CheckAsync(Client(), standard, SyncDirection.Bidirectional, CancellationToken.None);

        // Configured by name (any case): listed and disabled → refused.
        var ex = await Assert.ThrowsAsync<CrmAccessDeniedException>(() =>
            Checker("crm_custom_google_sync").CheckAsync(Client(), standard, SyncDirection.CrmToGoogle, CancellationToken.None));
        Assert.Contains("Rule 'Google-sync integration permission'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Crm_Custom_Google_Sync ('Custom Google sync')", ex.Message, StringComparison.Ordinal);

        // Configured empty: never checked.
        Emulator.Zoho.SetProfilePermission("Standard", "Crm_Other_Sync", enabled: false, displayLabel: "Sync with Google Contacts");
        await Assert.ThrowsAsync<CrmAccessDeniedException>(() => Checker().CheckAsync(Client(), standard, SyncDirection.CrmToGoogle, CancellationToken.None));
        await Checker("").CheckAsync(Client(), standard, SyncDirection.CrmToGoogle, CancellationToken.None);
    }

    [Fact]
    public async Task MissingViewAndDisabledIntegration_AreBothNamed()
    {
        var peer = Emulator.Credentials.ZohoUserIds["peer"];
        Emulator.Zoho.SetProfilePermission("Standard", "Contacts_View", enabled: false);
        Emulator.Zoho.SetProfilePermission("Standard", "Sync_Google", enabled: false, displayLabel: "Sync with Google Contacts");

        var ex = await Assert.ThrowsAsync<CrmAccessDeniedException>(() => Check("peer", SyncDirection.CrmToGoogle));

        Assert.StartsWith($"CRM user {peer} (profile 'Standard') may not use CRM → Google plans.", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Rule 'Google-sync integration permission'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Rule 'Contacts view': the profile lacks Contacts_View (view Contacts)", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InactiveUser_IsDenied_NamingTheRule()
    {
        var standard = Emulator.Credentials.ZohoUserIds["standard"];
        Emulator.Zoho.SetUserStatus(standard, "disabled");

        var ex = await Assert.ThrowsAsync<CrmAccessDeniedException>(() => Check("standard", SyncDirection.CrmToGoogle));

        Assert.Equal($"CRM user {standard} is not active (status 'disabled'). Rule 'active CRM user': only an active CRM user can sync.", ex.Message);
    }

    [Fact]
    public async Task UnknownUser_IsDenied()
    {
        var checker = Checker();

        var ex = await Assert.ThrowsAsync<CrmAccessDeniedException>(() => checker.CheckAsync(Client(), "111", SyncDirection.CrmToGoogle, CancellationToken.None));

        Assert.Equal("CRM user 111 not found.", ex.Message);
    }

    [Fact]
    public async Task RoleHierarchyUnreadable_FailsClosed_NamingTheRead()
    {
        var checker = Checker();

        // A CRM that refuses /settings/roles (404 INVALID_URL_PATTERN, as a missing scope or an old API would).
        var ex = await Assert.ThrowsAsync<CrmAccessReadException>(() =>
            checker.CheckAsync(Client(rolesUnreadable: true), Emulator.Credentials.ZohoUserIds["standard"], SyncDirection.Bidirectional, CancellationToken.None));

        Assert.Equal("Reading the CRM role hierarchy", ex.Operation);
        Assert.Equal("INVALID_URL_PATTERN", Assert.IsType<ZohoApiException>(ex.InnerException).Code);
    }

    [Fact]
    public async Task Denial_NamesTheUserAndTheRulesThatApplied()
    {
        var viewOnly = Emulator.Credentials.ZohoUserIds["viewonly"];

        var ex = await Assert.ThrowsAsync<CrmAccessDeniedException>(() => Checker().EnsurePermissionsAsync(Client(), viewOnly, SyncDirection.Bidirectional, CancellationToken.None));

        Assert.Equal(viewOnly, ex.CrmUserId);
        Assert.Equal(CrmPermissions.ViewOnlyRule, ex.Rules);
    }

    private Task<CrmAccess> Check(string user, SyncDirection direction) =>
        Checker().CheckAsync(Client(), Emulator.Credentials.ZohoUserIds[user], direction, CancellationToken.None);

    private static CrmAccessChecker Checker(string googleSyncPermission = CrmPermissionSettings.DefaultGoogleSyncPermission) =>
        new(NullLogger<CrmAccessChecker>.Instance, Options.Create(new CrmPermissionSettings { GoogleSyncPermission = googleSyncPermission }));

    private ZohoCrmClient Client(bool rolesUnreadable = false)
    {
        var http = rolesUnreadable ? new HttpClient(new RolesRefused { InnerHandler = new SocketsHttpHandler() }) : new HttpClient();
        return new ZohoCrmClient(http, EmulatorClientOptions.Zoho(Emulator), TimeProvider.System);
    }

    private sealed class RolesRefused : DelegatingHandler
    {
        private const string Refusal = """{"code":"INVALID_URL_PATTERN","details":{},"message":"Please check if the URL trying to access is a correct one","status":"error"}""";

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            request.RequestUri!.AbsolutePath == "/crm/v8/settings/roles"
                ? Task.FromResult(new HttpResponseMessage(HttpStatusCode.NotFound) { Content = new StringContent(Refusal, Encoding.UTF8, "application/json") })
                : base.SendAsync(request, cancellationToken);
    }
}
