using ContactSync.Client.Models;
using ContactSync.PowerShell.Completers;
using ContactSync.PowerShell.Internal;

namespace ContactSync.Module.Tests;

/// <summary>Names for -CrmView/-GoogleGroup, suggestions for names that match nothing, and quoting of completions.</summary>
public sealed class NameResolutionTests
{
    private static readonly CrmViewInfo[] Views =
    [
        new() { Id = "101", Name = "All Contacts" },
        new() { Id = "102", Name = "Gold Customers" },
        new() { Id = "103", Name = "Partners" },
        new() { Id = "104", Name = "partners" },
    ];

    [Fact]
    public void ResolveCrmView_ANameIgnoringCase_IsItsId()
    {
        Assert.Equal("102", PickerResolver.ResolveCrmView(() => Views, "gold customers", out var error));
        Assert.Null(error);
    }

    [Fact]
    public void ResolveCrmView_AnId_PassesWithoutListing()
    {
        Assert.Equal("999", PickerResolver.ResolveCrmView(() => throw new InvalidOperationException("no call for an id"), "999", out var error));
        Assert.Null(error);
    }

    [Fact]
    public void ResolveCrmView_AnAmbiguousName_IsAnErrorListingTheCandidates()
    {
        PickerResolver.ResolveCrmView(() => Views, "PARTNERS", out var error);

        Assert.NotNull(error);
        Assert.Equal(PickerResolver.AmbiguousName, error.FullyQualifiedErrorId);
        Assert.Equal("-CrmView 'PARTNERS' matches 2 CRM views: 'Partners' (103), 'partners' (104). Give the id instead.", error.Exception.Message);
    }

    [Fact]
    public void ResolveCrmView_AnExactCaseAmongCaseInsensitiveMatches_IsThatOne()
    {
        Assert.Equal("104", PickerResolver.ResolveCrmView(() => Views, "partners", out var error));
        Assert.Null(error);
    }

    [Fact]
    public void ResolveCrmView_ATypo_IsNotFoundWithTheClosestName()
    {
        PickerResolver.ResolveCrmView(() => Views, "Gold Customer", out var error);

        Assert.Equal(PickerResolver.ViewNotFound, error!.FullyQualifiedErrorId);
        Assert.Equal("-CrmView: No CRM view named 'Gold Customer'. Did you mean 'Gold Customers'?", error.Exception.Message);
    }

    [Fact]
    public void ResolveGoogleGroup_NameResourceNameOrIdPart()
    {
        GoogleGroupInfo[] groups = [new() { ResourceName = "contactGroups/4a1b", Name = "ContactSync" }, new() { ResourceName = "contactGroups/77", Name = "Family" }];

        Assert.Equal("contactGroups/4a1b", PickerResolver.ResolveGoogleGroup(() => groups, "contactsync", out _));
        Assert.Equal("contactGroups/77", PickerResolver.ResolveGoogleGroup(() => groups, "77", out _));
        Assert.Equal("contactGroups/zz", PickerResolver.ResolveGoogleGroup(() => throw new InvalidOperationException(), "contactGroups/zz", out var error));
        Assert.Null(error);
    }

    [Fact]
    public void NotFound_NothingClose_PointsToTheList() =>
        Assert.Equal("No CRM view named 'Zebra'. Get-ContactSyncCrmView lists them.", NameSuggestions.NotFound("CRM view", "Zebra", Views.Select(v => v.Name), "Get-ContactSyncCrmView"));

    [Theory]
    [InlineData("ContactSync", "ContactSync")]
    [InlineData("Gold Customers", "'Gold Customers'")]
    [InlineData("O'Brien & Co", "'O''Brien & Co'")]
    [InlineData("Demo: sales team", "'Demo: sales team'")]
    public void Quote_QuotesWhatPowerShellWouldSplit(string name, string expected) => Assert.Equal(expected, PickerCompleter.Quote(name));
}
