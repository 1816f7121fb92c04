using ContactSync.Core.State;
using static ContactSync.Core.Tests.Engine.Planning.FieldMergeCase;

namespace ContactSync.Core.Tests.Engine.Planning;

/// <summary>The merge compares normalised values (formatting churn is no change) and writes trimmed ones; Last_Name falls back.</summary>
public sealed class FieldMergerNormalisationTests
{
    [Theory]
    [InlineData("Mobile", "phoneNumbers[type=mobile]", "+1 (555) 010-0000", "+15550100000")]
    [InlineData("Email", "emailAddresses[type=work]", " Ada@Example.TEST ", "ada@example.test")]
    [InlineData("First_Name", "names[0].givenName", "Ada   Augusta", "Ada Augusta")]
    [InlineData("Mailing_Street", "addresses[type=work].streetAddress", "1 Main St\r\nFloor  2", "1 Main St\nFloor 2")]
    public void FormattingChurn_IsNoChange(string crmField, string googlePath, string crmValue, string synced)
    {
        var m = Both(crmField, googlePath);

        var d = Merge(m, CrmWith(m, crmValue), GoogleWith(m, synced), new FieldSnapshot(synced, synced));

        Assert.True(d.IsNoOp);
        Assert.Empty(d.Settled);
    }

    [Fact]
    public void WrittenValues_AreTrimmed_AndTheSnapshotHoldsTheirNormalForm()
    {
        var m = Both("Mobile", "phoneNumbers[type=mobile]");

        var d = Merge(m, CrmWith(m, "  +1 (555) 010-0001 "), GoogleWith(m, "+15550100000"), new FieldSnapshot("+15550100000", "+15550100000"));

        Assert.Equal("+1 (555) 010-0001", d.ToGoogle["phoneNumbers[type=mobile]"]);
        Assert.Equal(new FieldSnapshot("+15550100001", "+15550100001"), d.AfterGoogleWrite[m.Key]);
    }

    [Fact]
    public void LastName_OfAGoogleContactWithoutFamilyName_IsInStepWithItsFallback()
    {
        var m = Both("Last_Name", "names[0].familyName");

        var d = Merge(m, CrmWith(m, "Grace"), GoogleWith(("names[0].givenName", "Grace")), snapshot: null);

        Assert.True(d.IsNoOp);
        Assert.Equal(new FieldSnapshot("Grace", ""), d.Settled[m.Key]);
    }

    [Fact]
    public void LastName_ClearedInGoogle_WritesTheFallbackToTheCrm_NeverAnEmptyLastName()
    {
        var m = Both("Last_Name", "names[0].familyName");

        var d = Merge(m, CrmWith(m, "Hopper"), GoogleWith(("names[0].givenName", "Grace")), new FieldSnapshot("Hopper", "Hopper"));

        Assert.Equal("Grace", d.ToCrm["Last_Name"]);
        Assert.Equal(new FieldSnapshot("Grace", ""), d.AfterCrmWrite[m.Key]);
    }
}
