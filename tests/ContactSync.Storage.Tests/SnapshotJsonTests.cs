using ContactSync.Core.State;
using ContactSync.Storage.Sync;

namespace ContactSync.Storage.Tests;

/// <summary>A link's snapshot keeps whether the CRM holds a converted value (issue 10 item 2), and older rows still read.</summary>
public sealed class SnapshotJsonTests
{
    [Fact]
    public void ConvertedValues_SurviveTheRoundTrip_AndOlderRowsReadAsNotConverted()
    {
        var snapshot = new Dictionary<string, FieldSnapshot>
        {
            ["Date_of_Birth|birthdays[0].date"] = new("", "--05-17", Converted: true),
            ["First_Name|names[0].givenName"] = new("Ida", "Ida"),
        };

        var json = SnapshotJson.Serialize(snapshot);
        var read = SnapshotJson.Deserialize(json);
        var older = SnapshotJson.Deserialize("""{"First_Name|names[0].givenName":["Ida","Ida"]}""");

        Assert.Equal(snapshot, read);
        Assert.Equal(new FieldSnapshot("Ida", "Ida"), older["First_Name|names[0].givenName"]);
        Assert.Contains("\"c\"", json, StringComparison.Ordinal);
    }
}
