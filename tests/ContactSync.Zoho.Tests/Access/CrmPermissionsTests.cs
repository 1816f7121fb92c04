using ContactSync.Core.Plans;
using ContactSync.Zoho.Access;

namespace ContactSync.Zoho.Tests.Access;

/// <summary>S10's rules on profiles the emulator does not have, in the shape of profiles.json's permissions_details.</summary>
public sealed class CrmPermissionsTests
{
    [Fact]
    public void ViewOnly_MayUseCrmToGoogle_Only()
    {
        var profile = Profile("View only", "Contacts_View");

        Assert.Empty(CrmPermissions.Missing(profile, SyncDirection.CrmToGoogle));
        Assert.Equal(["Contacts_Create", "Contacts_Edit", "Contacts_Delete"], CrmPermissions.Missing(profile, SyncDirection.Bidirectional).Select(p => p.Name));
        Assert.Equal(["Contacts_Create", "Contacts_Edit", "Contacts_Delete"], CrmPermissions.Missing(profile, SyncDirection.GoogleToCrm).Select(p => p.Name));
    }

    [Fact]
    public void ContactsViolation_ForAViewOnlyUser_NamesTheViewOnlyRule()
    {
        var profile = Profile("View only", "Contacts_View");
        var user = new ZohoUser("42", "Ann", "ann@example.com", "r1", "Rep", "p1", "View only", null, null, "active");

        var violation = CrmPermissions.ContactsViolation(SyncDirection.Bidirectional, CrmPermissions.Missing(profile, SyncDirection.Bidirectional));
        var message = CrmPermissions.DeniedMessage(user, profile, SyncDirection.Bidirectional, [violation]);

        Assert.StartsWith("CRM user 42 (profile 'View only') may not use bidirectional plans. Rule 'view-only users sync CRM → Google only'", message, StringComparison.Ordinal);
        Assert.Contains("Contacts_Edit", message, StringComparison.Ordinal);
        Assert.Contains("may only use CRM → Google plans", message, StringComparison.Ordinal);
    }

    [Fact]
    public void FullContactsPermissions_WithoutAnyIntegrationPermissionListed_LackNothing()
    {
        var profile = Profile("Standard", "Contacts_View", "Contacts_Create", "Contacts_Edit", "Contacts_Delete");

        foreach (var direction in new[] { SyncDirection.CrmToGoogle, SyncDirection.GoogleToCrm, SyncDirection.Bidirectional })
        {
            Assert.Empty(CrmPermissions.Missing(profile, direction));
        }

        Assert.Null(CrmPermissions.Integration(profile, "Sync with Google Contacts"));
    }

    [Fact]
    public void WithoutViewPermission_EvenCrmToGoogle_IsDenied_ByTheViewRule()
    {
        var profile = Profile("Nothing");

        var missing = CrmPermissions.Missing(profile, SyncDirection.CrmToGoogle);

        Assert.Equal(["Contacts_View"], missing.Select(p => p.Name));
        Assert.StartsWith("Rule 'Contacts view'", CrmPermissions.ContactsViolation(SyncDirection.CrmToGoogle, missing), StringComparison.Ordinal);
    }

    [Fact]
    public void IntegrationPermission_IsFoundByNameOrLabel_AnyCase_AndNeverWhenNotConfigured()
    {
        var profile = new ZohoProfile("p", "Mixed",
        [
            new ZohoPermission("1", "Crm_Implied_View_Contacts", "View", "Contacts", true),
            new ZohoPermission("2", "Some_Sync_Name", "Sync with Google Contacts", "Contacts", false),
        ]);

        Assert.Equal("Some_Sync_Name", CrmPermissions.Integration(profile, "sync with google contacts")?.Name);
        Assert.Equal("Some_Sync_Name", CrmPermissions.Integration(profile, "SOME_SYNC_NAME")?.Name);
        Assert.Null(CrmPermissions.Integration(profile, ""));
        Assert.Null(CrmPermissions.Integration(profile, "Another permission"));
        Assert.Contains("Rule 'Google-sync integration permission'", CrmPermissions.IntegrationViolation(CrmPermissions.Integration(profile, "Some_Sync_Name")!), StringComparison.Ordinal);
    }

    [Fact]
    public void DisabledPermissions_DoNotCount_AndZohoImpliedNamesAreAccepted()
    {
        var profile = new ZohoProfile("p", "Mixed",
        [
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
