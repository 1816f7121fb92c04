using ContactSync.Core.Engine;
using ContactSync.Core.Engine.Planning;
using ContactSync.Core.State;
using static ContactSync.Core.Tests.Engine.Planning.FieldMergeCase;

namespace ContactSync.Core.Tests.Engine.Planning;

/// <summary>The per-field three-way merge (design §4), rule by rule, without ports or a store.</summary>
public sealed class FieldMergerTests
{
    private static readonly FieldSnapshot Synced = new("Engineer", "Engineer");

    [Fact]
    public void NeverSynced_EqualValues_SettleTheSnapshot_WithoutAWrite()
    {
        var m = Both();

        var d = Merge(m, CrmWith(m, "Engineer"), GoogleWith(m, "  Engineer "), snapshot: null);

        Assert.True(d.IsNoOp);
        Assert.Equal(new FieldSnapshot("Engineer", "Engineer"), d.Settled[m.Key]);
    }

    [Fact]
    public void NeverSynced_OnlyGoogleHasAValue_ItIsCopiedToTheCrm()
    {
        var m = Both();

        var d = Merge(m, CrmWith(m, ""), GoogleWith(m, "Engineer"), snapshot: null);

        Assert.Equal(new Dictionary<string, string> { [TitleField] = "Engineer" }, d.ToCrm);
        Assert.Empty(d.ToGoogle);
        Assert.Equal(new FieldSnapshot("Engineer", "Engineer"), d.AfterCrmWrite[m.Key]);
        Assert.Equal(new FieldChangeInfo(TitleField, TitlePath, "", "Engineer", false), Assert.Single(d.CrmChanges));
        Assert.Equal(0, d.Conflicts);
    }

    [Fact]
    public void NeverSynced_OnlyTheCrmHasAValue_ItIsCopiedToGoogle()
    {
        var m = Both();

        var d = Merge(m, CrmWith(m, "Engineer"), GoogleWith(m, ""), snapshot: null);

        Assert.Equal(new Dictionary<string, string> { [TitlePath] = "Engineer" }, d.ToGoogle);
        Assert.Empty(d.ToCrm);
        Assert.Equal(new FieldSnapshot("Engineer", "Engineer"), d.AfterGoogleWrite[m.Key]);
        Assert.Equal(0, d.Conflicts);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void NeverSynced_DifferentValues_AreAConflict_TheWinnersValueIsCopied(bool crmWins)
    {
        var m = Both();

        var d = Merge(m, CrmWith(m, "Engineer"), GoogleWith(m, "Manager"), snapshot: null, crmWins);

        Assert.Equal(1, d.Conflicts);
        if (crmWins)
        {
            Assert.Empty(d.ToCrm);
            Assert.Equal(new FieldChangeInfo(TitleField, TitlePath, "Manager", "Engineer", true), Assert.Single(d.GoogleChanges));
        }
        else
        {
            Assert.Empty(d.ToGoogle);
            Assert.Equal(new FieldChangeInfo(TitleField, TitlePath, "Engineer", "Manager", true), Assert.Single(d.CrmChanges));
        }
    }

    [Fact]
    public void NeverSynced_OneWayPlan_CopiesTheSourceValue_ButNeverClearsTheTarget()
    {
        var toGoogle = CrmToGoogle();
        var toCrm = GoogleToCrm();

        var copied = Merge(toGoogle, CrmWith(toGoogle, "Engineer"), GoogleWith(toGoogle, "Manager"), snapshot: null);
        var emptySource = Merge(toGoogle, CrmWith(toGoogle, ""), GoogleWith(toGoogle, "Manager"), snapshot: null);
        var copiedToCrm = Merge(toCrm, CrmWith(toCrm, "Engineer"), GoogleWith(toCrm, "Manager"), snapshot: null);
        var emptyGoogle = Merge(toCrm, CrmWith(toCrm, "Engineer"), GoogleWith(toCrm, ""), snapshot: null);

        Assert.Equal("Engineer", copied.ToGoogle[TitlePath]);
        Assert.Equal(0, copied.Conflicts);
        Assert.True(emptySource.IsNoOp);
        Assert.Equal(new FieldSnapshot("", "Manager"), emptySource.Settled[toGoogle.Key]);
        Assert.Equal("Manager", copiedToCrm.ToCrm[TitleField]);
        Assert.True(emptyGoogle.IsNoOp);
        Assert.Equal(new FieldSnapshot("Engineer", ""), emptyGoogle.Settled[toCrm.Key]);
    }

    [Fact]
    public void ChangedInTheCrmOnly_IsCopiedToGoogle()
    {
        var m = Both();

        var d = Merge(m, CrmWith(m, "Manager"), GoogleWith(m, "Engineer"), Synced);

        Assert.Equal(new FieldChangeInfo(TitleField, TitlePath, "Engineer", "Manager", false), Assert.Single(d.GoogleChanges));
        Assert.Empty(d.ToCrm);
        Assert.Equal(new FieldSnapshot("Manager", "Manager"), d.AfterGoogleWrite[m.Key]);
        Assert.Equal(0, d.Conflicts);
    }

    [Fact]
    public void ChangedInGoogleOnly_IsCopiedToTheCrm()
    {
        var m = Both();

        var d = Merge(m, CrmWith(m, "Engineer"), GoogleWith(m, "Manager"), Synced);

        Assert.Equal(new FieldChangeInfo(TitleField, TitlePath, "Engineer", "Manager", false), Assert.Single(d.CrmChanges));
        Assert.Empty(d.ToGoogle);
        Assert.Equal(new FieldSnapshot("Manager", "Manager"), d.AfterCrmWrite[m.Key]);
        Assert.Equal(0, d.Conflicts);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void ChangedOnBothSidesDifferently_TheConflictWinnerIsCopied(bool crmWins)
    {
        var m = Both();

        var d = Merge(m, CrmWith(m, "Manager"), GoogleWith(m, "Director"), Synced, crmWins);

        Assert.Equal(1, d.Conflicts);
        Assert.Equal(crmWins ? new[] { (TitlePath, "Manager") } : [], d.ToGoogle.Select(kv => (kv.Key, kv.Value)));
        Assert.Equal(crmWins ? [] : new[] { (TitleField, "Director") }, d.ToCrm.Select(kv => (kv.Key, kv.Value)));
        Assert.All(d.GoogleChanges.Concat(d.CrmChanges), c => Assert.True(c.Conflict));
    }

    [Fact]
    public void ChangedOnBothSidesToEqualValues_IsNoConflict_AndSettlesTheSnapshot()
    {
        var m = Both();

        var d = Merge(m, CrmWith(m, "Head  of Sales"), GoogleWith(m, "Head of Sales "), Synced);

        Assert.True(d.IsNoOp);
        Assert.Equal(0, d.Conflicts);
        Assert.Equal(new FieldSnapshot("Head of Sales", "Head of Sales"), d.Settled[m.Key]);
    }

    [Fact]
    public void UnchangedOnBothSides_WritesAndSettlesNothing()
    {
        var m = Both();

        var d = Merge(m, CrmWith(m, "Engineer"), GoogleWith(m, "Engineer"), Synced);

        Assert.True(d.IsNoOp);
        Assert.Empty(d.Settled);
    }

    [Fact]
    public void ASideNotReadThisRun_IsTakenFromTheSnapshot()
    {
        var m = Both();

        var fromCrm = Merge(m, crm: null, GoogleWith(m, "Manager"), Synced);
        var fromGoogle = Merge(m, CrmWith(m, "Director"), google: null, Synced);

        Assert.Equal(new FieldChangeInfo(TitleField, TitlePath, "Engineer", "Manager", false), Assert.Single(fromCrm.CrmChanges));
        Assert.Equal(new FieldChangeInfo(TitleField, TitlePath, "Engineer", "Director", false), Assert.Single(fromGoogle.GoogleChanges));
    }

    [Fact]
    public void SeveralMappings_AreMergedEachOnItsOwn()
    {
        var title = Both();
        var department = Both("Department", "organizations[0].department");
        var snapshot = new Dictionary<string, FieldSnapshot> { [title.Key] = Synced, [department.Key] = new("Sales", "Sales") };

        var d = FieldMerger.Merge(
            [title, department],
            CrmWith((TitleField, "Manager"), ("Department", "Sales")),
            GoogleWith((TitlePath, "Engineer"), ("organizations[0].department", "Marketing")),
            snapshot,
            crmWins: true,
            enforceOneWay: false);

        Assert.Equal([(TitlePath, "Manager")], d.ToGoogle.Select(kv => (kv.Key, kv.Value)));
        Assert.Equal([("Department", "Marketing")], d.ToCrm.Select(kv => (kv.Key, kv.Value)));
        Assert.Equal(0, d.Conflicts);
    }
}
