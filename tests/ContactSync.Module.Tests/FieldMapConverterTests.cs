using System.Collections;
using System.Management.Automation;
using ContactSync.Client.Models;
using ContactSync.PowerShell.Internal;

namespace ContactSync.Module.Tests;

public sealed class FieldMapConverterTests
{
    [Fact]
    public void Convert_HashtableOfPairs_OneMappingPerEntry()
    {
        var map = new Hashtable { ["First_Name"] = "names[0].givenName", ["Customer_Tier"] = "userDefined[Tier]" };

        var result = FieldMapConverter.Convert(new object[] { map });

        Assert.Equal(
            new[] { "Customer_Tier=userDefined[Tier]", "First_Name=names[0].givenName" },
            result.Select(m => $"{m.CrmField}={m.GoogleField}").OrderBy(s => s, StringComparer.Ordinal));
        Assert.All(result, m => Assert.Null(m.Direction));
    }

    [Fact]
    public void Convert_ObjectsAndHashtablesWithProperties_ReadsCrmGoogleAndDirection()
    {
        var custom = new PSObject();
        custom.Properties.Add(new PSNoteProperty("CrmField", "Phone"));
        custom.Properties.Add(new PSNoteProperty("GoogleField", "phoneNumbers[type=work]"));
        custom.Properties.Add(new PSNoteProperty("Direction", "crmtogoogle"));
        var table = new Hashtable { ["crmfield"] = "Email", ["googlefield"] = "emailAddresses[type=work]" };
        var record = new FieldMapInfo { CrmField = "Title", GoogleField = "organizations[0].title", Direction = MappingDirection.Both };

        var result = FieldMapConverter.Convert(new object[] { custom, table, new PSObject(record) });

        Assert.Equal(new FieldMapInfo { CrmField = "Phone", GoogleField = "phoneNumbers[type=work]", Direction = MappingDirection.CrmToGoogle }, result[0]);
        Assert.Equal(new FieldMapInfo { CrmField = "Email", GoogleField = "emailAddresses[type=work]" }, result[1]);
        Assert.Equal(record, result[2]);
    }

    [Theory]
    [InlineData("First_Name", "", null)]
    [InlineData("", "names[0].givenName", null)]
    [InlineData("First_Name", "names[0].givenName", "Sideways")]
    public void Convert_IncompleteOrUnknownDirection_Throws(string crm, string google, string? direction)
    {
        var table = new Hashtable { ["CrmField"] = crm, ["GoogleField"] = google, ["Direction"] = direction };

        Assert.Throws<ArgumentException>(() => FieldMapConverter.Convert(new object[] { table }));
    }
}
