using ContactSync.Core.State;
using static ContactSync.Core.Tests.Engine.Planning.FieldMergeCase;

namespace ContactSync.Core.Tests.Engine.Planning;

/// <summary>The merge in one-way plans and mappings: the source side only, "enforce" and converted values.</summary>
public sealed class FieldMergerOneWayTests
{
    private static readonly FieldSnapshot Synced = new("Engineer", "Engineer");

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void CrmToGoogle_AnEditOnTheGoogleSide_IsLeftAlone_UnlessEnforced(bool enforce)
    {
        var m = CrmToGoogle();

        var d = Merge(m, CrmWith(m, "Engineer"), GoogleWith(m, "Manager"), Synced, enforceOneWay: enforce);

        Assert.Empty(d.ToCrm);
        Assert.Equal(enforce ? new[] { (TitlePath, "Engineer") } : [], d.ToGoogle.Select(kv => (kv.Key, kv.Value)));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void GoogleToCrm_AnEditOnTheCrmSide_IsLeftAlone_UnlessEnforced(bool enforce)
    {
        var m = GoogleToCrm();

        var d = Merge(m, CrmWith(m, "Manager"), GoogleWith(m, "Engineer"), Synced, enforceOneWay: enforce);

        Assert.Empty(d.ToGoogle);
        Assert.Equal(enforce ? new[] { (TitleField, "Engineer") } : [], d.ToCrm.Select(kv => (kv.Key, kv.Value)));
    }

    [Fact]
    public void OneWay_ChangedOnBothSides_TheSourceWins_WithoutAConflict()
    {
        var m = CrmToGoogle();

        var d = Merge(m, CrmWith(m, "Manager"), GoogleWith(m, "Director"), Synced, crmWins: false);

        Assert.Equal("Manager", d.ToGoogle[TitlePath]);
        Assert.Empty(d.ToCrm);
        Assert.Equal(0, d.Conflicts);
        Assert.False(Assert.Single(d.GoogleChanges).Conflict);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Enforce_RepairsATargetOutOfStep_EvenWhenNeitherSideChangedSinceTheSnapshot(bool enforce)
    {
        var m = CrmToGoogle();
        var drifted = new FieldSnapshot("Engineer", "Manager");

        var d = Merge(m, CrmWith(m, "Engineer"), GoogleWith(m, "Manager"), drifted, enforceOneWay: enforce);

        Assert.Equal(enforce ? new[] { (TitlePath, "Engineer") } : [], d.ToGoogle.Select(kv => (kv.Key, kv.Value)));
    }

    [Fact]
    public void Enforce_LeavesMappingsThatCopyBothWaysAlone()
    {
        var m = Both();
        var drifted = new FieldSnapshot("Engineer", "Manager");

        var d = Merge(m, CrmWith(m, "Engineer"), GoogleWith(m, "Manager"), drifted, enforceOneWay: true);

        Assert.True(d.IsNoOp);
    }

    [Fact]
    public void AConvertedPair_IsInStep_SoEnforceDoesNotRewriteIt()
    {
        var m = CrmToGoogle("Date_of_Birth", "birthdays[0].date");
        var converted = new FieldSnapshot("1990-02-30", "", Converted: true);

        var d = Merge(m, CrmWith(m, "1990-02-30"), GoogleWith(m, ""), converted, enforceOneWay: true);

        Assert.True(d.IsNoOp);
    }
}
