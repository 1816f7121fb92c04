using ContactSync.Core.Mapping;
using ContactSync.Server.Tests.Connections;
using ContactSync.Server.Tests.Infrastructure;
using ContactSync.Testing.Emulation;
using Grpc.Core;
using Proto = ContactSync.Grpc.V1;

namespace ContactSync.Server.Tests.Pickers;

public sealed class PickerTests(EmulatedServerFixture fixture) : IClassFixture<EmulatedServerFixture>
{
    private readonly EmulatedServer _connected = fixture.Connected;

    [Fact]
    public async Task ListCrmViews_AnswersTheCrmViews_WithTheDefaultMarked()
    {
        var response = await _connected.Admin.ListCrmViewsAsync(new Proto.ListCrmViewsRequest());

        var ids = response.Views.Select(v => v.Id).ToList();
        Assert.Contains(_connected.Emulator.Zoho.AllContactsViewId, ids);
        Assert.Contains(_connected.Emulator.Zoho.GoldCustomersViewId, ids);
        var all = Assert.Single(response.Views, v => v.IsDefault);
        Assert.Equal(_connected.Emulator.Zoho.AllContactsViewId, all.Id);
        Assert.Equal("ALLVIEWS", all.SystemName);
        Assert.Equal("", response.Views.Single(v => v.Id == _connected.Emulator.Zoho.GoldCustomersViewId).SystemName);
        Assert.Equal("Gold Customers", response.Views.Single(v => v.Id == _connected.Emulator.Zoho.GoldCustomersViewId).Name);
    }

    [Fact]
    public async Task ListCrmViews_ForAKnownUser_Answers_ForAnUnknownUser_IsNotFound()
    {
        var known = await _connected.Admin.ListCrmViewsAsync(new Proto.ListCrmViewsRequest { CrmUserId = _connected.Emulator.Credentials.ZohoUserIds["standard"] });
        var ex = await RpcAssert.FailsWith(StatusCode.NotFound,
            async () => await _connected.Admin.ListCrmViewsAsync(new Proto.ListCrmViewsRequest { CrmUserId = "123456789" }));

        Assert.NotEmpty(known.Views);
        Assert.Contains("CRM user 123456789 not found", ex.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListCrmViews_WithAUserKey_OnlyForItsOwnCrmUser()
    {
        var standard = _connected.Emulator.Credentials.ZohoUserIds["standard"];
        var user = await ConnectionTests.UserClientAsync(_connected, standard);

        var own = await user.ListCrmViewsAsync(new Proto.ListCrmViewsRequest());
        var explicitOwn = await user.ListCrmViewsAsync(new Proto.ListCrmViewsRequest { CrmUserId = standard });
        await RpcAssert.FailsWith(StatusCode.PermissionDenied,
            async () => await user.ListCrmViewsAsync(new Proto.ListCrmViewsRequest { CrmUserId = _connected.Emulator.Credentials.ZohoUserIds["admin"] }));

        Assert.NotEmpty(own.Views);
        Assert.Equal(own.Views.Count, explicitOwn.Views.Count);
    }

    [Fact]
    public async Task ListGoogleGroups_AnswersTheUserGroups_WithoutSystemGroups()
    {
        var response = await _connected.Admin.ListGoogleGroupsAsync(new Proto.ListGoogleGroupsRequest());

        var contactSync = Assert.Single(response.Groups, g => g.ResourceName == _connected.Emulator.Credentials.GoogleContactSyncGroup);
        Assert.Contains(response.Groups, g => g.ResourceName == _connected.Emulator.Credentials.GoogleFamilyGroup);
        Assert.Equal("ContactSync", contactSync.Name);
        Assert.Equal("USER_CONTACT_GROUP", contactSync.GroupType);
        Assert.Equal(5, contactSync.MemberCount);
        Assert.DoesNotContain(response.Groups, g => g.ResourceName == "contactGroups/myContacts");
        Assert.All(response.Groups, g => Assert.Equal("USER_CONTACT_GROUP", g.GroupType));
    }

    [Fact]
    public async Task ListFields_CoversCrmFieldsWithCustomOnes_GooglePaths_AndTheDefaultMap()
    {
        var catalog = (await _connected.Admin.ListFieldsAsync(new Proto.ListFieldsRequest())).Catalog;

        var tier = Assert.Single(catalog.CrmFields, f => f.ApiName == "Customer_Tier");
        Assert.True(tier.Custom);
        Assert.Equal("picklist", tier.DataType);
        Assert.Contains(catalog.CrmFields, f => f.ApiName == "Google_Contact_Id" && f.Custom && !f.ReadOnly);
        Assert.Contains(catalog.CrmFields, f => f.ApiName == "Last_Name" && f.Mandatory && !f.Custom && f.MaxLength == 80);
        Assert.Contains(catalog.CrmFields, f => f.ApiName == "Full_Name" && f.ReadOnly);
        Assert.Contains(catalog.CrmFields, f => f.ApiName == "Account_Name" && f.ReadOnly);
        Assert.Contains(catalog.GoogleFields, f => f.Path == "emailAddresses[type=work]" && !f.Pattern && !f.Singleton);
        Assert.Contains(catalog.GoogleFields, f => f.Path == "names[0].givenName" && f.Singleton);
        Assert.Contains(catalog.GoogleFields, f => f.Path == "userDefined[<key>]" && f.Pattern);
        Assert.Equal(DefaultFieldMap.Mappings.Count, catalog.DefaultMappings.Count);
        Assert.Contains(catalog.DefaultMappings, m => m.CrmField == "Account_Name" && m.Direction == Proto.MappingDirection.CrmToGoogle);
    }

    [Fact]
    public async Task Pickers_WithoutConnections_AreFailedPrecondition()
    {
        await using var bare = await EmulatedServer.StartAsync(new() { Connect = false });

        var views = await RpcAssert.FailsWith(StatusCode.FailedPrecondition, async () => await bare.Admin.ListCrmViewsAsync(new Proto.ListCrmViewsRequest()));
        var groups = await RpcAssert.FailsWith(StatusCode.FailedPrecondition, async () => await bare.Admin.ListGoogleGroupsAsync(new Proto.ListGoogleGroupsRequest()));
        await RpcAssert.FailsWith(StatusCode.FailedPrecondition, async () => await bare.Admin.ListFieldsAsync(new Proto.ListFieldsRequest()));

        Assert.Contains("Zoho connection is not configured", views.Status.Detail, StringComparison.Ordinal);
        Assert.Contains("Google connection is not configured", groups.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pickers_WhenTheServiceRefusesTheCredentials_AreFailedPrecondition()
    {
        await using var own = await EmulatedServer.StartAsync(new() { Connect = false });
        await own.Admin.SetConnectionAsync(new Proto.SetConnectionRequest { Zoho = own.ZohoConnection(refreshToken: "1000.revoked.0123456789abcdef") });

        var ex = await RpcAssert.FailsWith(StatusCode.FailedPrecondition, async () => await own.Admin.ListCrmViewsAsync(new Proto.ListCrmViewsRequest()));

        Assert.Contains("Zoho CRM answered", ex.Status.Detail, StringComparison.Ordinal);
    }
}
