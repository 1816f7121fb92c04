using ContactSync.Zoho.Access;

namespace ContactSync.Zoho.Tests.Access;

public sealed class OwnerVisibilityTests
{
    private static readonly ZohoRole[] Roles =
    [
        new("ceo", "CEO", null, null, false),
        new("mgr", "Manager", null, "ceo", false),
        new("rep", "Sales Representative", null, "mgr", false),
        new("intern", "Intern", null, "rep", false),
        new("support", "Support", null, "ceo", true),
    ];

    private static readonly ZohoUser[] Users =
    [
        User("1", "ceo"), User("2", "mgr"), User("3", "rep"), User("4", "intern"), User("5", "support"), User("6", "support"), User("7", "mgr"),
    ];

    [Fact]
    public void Manager_SeesOwnRecords_AndThoseOfEveryRoleBelow_ButNotPeersOrSuperiors()
    {
        var visible = OwnerVisibility.Compute(Users[1], Users, Roles);

        Assert.Equal(["2", "3", "4"], visible.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void LowestRole_SeesOnlyOwnRecords()
    {
        Assert.Equal(["4"], OwnerVisibility.Compute(Users[3], Users, Roles));
    }

    [Fact]
    public void RoleSharingWithPeers_SeesPeersRecords()
    {
        Assert.Equal(["5", "6"], OwnerVisibility.Compute(Users[4], Users, Roles).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void UserWithoutRole_SeesOnlyOwnRecords()
    {
        Assert.Equal(["9"], OwnerVisibility.Compute(User("9", null), Users, Roles));
    }

    private static ZohoUser User(string id, string? roleId) => new(id, "User " + id, null, roleId, null, "p", "Standard", null, null, "active");
}
