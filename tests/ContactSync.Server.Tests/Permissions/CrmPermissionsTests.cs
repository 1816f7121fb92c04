using ContactSync.Core.Plans;
using ContactSync.Server.Permissions;
using ContactSync.Zoho;

namespace ContactSync.Server.Tests.Permissions;

/// <summary>S10's rules on profiles the emulator does not have (e.g. view-only with the sync permission).</summary>
public sealed class CrmPermissionsTests
{
    [Fact]
    public void ViewOnlyWithSyncPermission_MayUseCrmToGoogle_Only()
    {
        var profile = Profile("View and sync", "Crm_Implied_Sync_Google_Contacts", "Contacts_View");

        Assert.Empty(CrmPermissions.Missing(profile, SyncDirection.CrmToGoogle));
        Assert.Equal(["Contacts_Create", "Contacts_Edit", "Contacts_Delete"], CrmPermissions.Missing(profile, SyncDirection.Bidirectional).Select(p => p.Name));
        Assert.Equal(["Contacts_Create", "Contacts_Edit", "Contacts_Delete"], CrmPermissions.Missing(profile, SyncDirection.GoogleToCrm).Select(p => p.Name));
    }

    [Fact]
    public void DeniedMessage_ForAViewOnlyUser_SaysOnlyCrmToGoogleIsAllowed()
    {
        var profile = Profile("View and sync", "Crm_Implied_Sync_Google_Contacts", "Contacts_View");
        var user = new ZohoUser("42", "Ann", "ann@example.com", "r1", "Rep", "p1", "View and sync", null, null, "active");

        var message = CrmPermissions.DeniedMessage(user, profile, SyncDirection.Bidirectional, CrmPermissions.Missing(profile, SyncDirection.Bidirectional));

        Assert.Contains("CRM user 42", message, StringComparison.Ordinal);
        Assert.Contains("Contacts_Edit", message, StringComparison.Ordinal);
        Assert.Contains("may only use CRM → Google", message, StringComparison.Ordinal);
    }

    [Fact]
    public void FullUserWithoutSyncPermission_IsMissingOnlyThat_InEveryDirection()
    {
        var profile = Profile("No sync", "Contacts_View", "Contacts_Create", "Contacts_Edit", "Contacts_Delete");

        foreach (var direction in new[] { SyncDirection.CrmToGoogle, SyncDirection.GoogleToCrm, SyncDirection.Bidirectional })
        {
            Assert.Equal(["Crm_Implied_Sync_Google_Contacts"], CrmPermissions.Missing(profile, direction).Select(p => p.Name));
        }
    }

    [Fact]
    public void WithoutViewPermission_EvenCrmToGoogle_IsDenied()
    {
        var profile = Profile("Sync only", "Crm_Implied_Sync_Google_Contacts");

        Assert.Equal(["Contacts_View"], CrmPermissions.Missing(profile, SyncDirection.CrmToGoogle).Select(p => p.Name));
    }

    [Fact]
    public void DisabledPermissions_DoNotCount_AndZohoImpliedNamesAreAccepted()
    {
        var profile = new ZohoProfile("p", "Mixed",
        [
            new ZohoPermission("1", "Crm_Implied_Sync_Google_Contacts", "Sync with Google Contacts", "Contacts", true),
            new ZohoPermission("2", "Crm_Implied_View_Contacts", "View", "Contacts", true),
            new ZohoPermission("3", "Contacts_Create", "Create", "Contacts", false),
            new ZohoPermission("4", "Contacts_Edit", "Edit", "Contacts", true),
            new ZohoPermission("5", "Contacts_Delete", "Delete", "Contacts", true),
        ]);

        Assert.Empty(CrmPermissions.Missing(profile, SyncDirection.CrmToGoogle));
        Assert.Equal(["Contacts_Create"], CrmPermissions.Missing(profile, SyncDirection.Bidirectional).Select(p => p.Name));
    }

    [Fact]
    public void AdministratorProfile_IsRecognisedByName()
    {
        Assert.True(CrmPermissions.IsAdministrator(Profile("Administrator")));
        Assert.False(CrmPermissions.IsAdministrator(Profile("Standard")));
    }

    private static ZohoProfile Profile(string name, params string[] enabled) =>
        new("p-" + name, name, enabled.Select((p, i) => new ZohoPermission(i.ToString(System.Globalization.CultureInfo.InvariantCulture), p, p, "Contacts", true)).ToList());
}
