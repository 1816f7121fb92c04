using System.Text.Json.Nodes;
using ContactSync.Core.Ports;
using ContactSync.Emulators;
using ContactSync.Testing.Emulation;
using ContactSync.Zoho.Sync;

namespace ContactSync.Zoho.Tests;

/// <summary>Issue 10 item 2: values are converted to the Zoho field's type; what cannot be is left out with a note.</summary>
public sealed class ZohoValueConversionTests
{
    private static ZohoCrmClient Client(EmulatorHost emu, HttpClient http) => new(http, EmulatorClientOptions.Zoho(emu), TimeProvider.System);

    private static ZohoField Field(string type, int? length = null, bool mandatory = false, params string[] pick) =>
        new(null, "F", "F", type, "string", length, false, false, mandatory, pick);

    [Theory]
    [InlineData("date", "1990-05-17", "\"1990-05-17\"")]
    [InlineData("date", "1990-5-7", "\"1990-05-07\"")]
    [InlineData("date", "1990-05-17T08:00:00Z", "\"1990-05-17\"")]
    [InlineData("datetime", "2026-05-17T10:00:00.250+02:00", "\"2026-05-17T10:00:00+02:00\"")]
    [InlineData("datetime", "2026-05-17", "\"2026-05-17T00:00:00+00:00\"")]
    [InlineData("integer", "1,200", "1200")]
    [InlineData("bigint", "-42", "-42")]
    [InlineData("currency", "12.50", "12.50")]
    [InlineData("percent", "7.5%", "7.5")]
    [InlineData("boolean", "Yes", "true")]
    [InlineData("boolean", "0", "false")]
    [InlineData("email", "a.b@example.com", "\"a.b@example.com\"")]
    [InlineData("phone", "+49 (30) 123-456", "\"+49 (30) 123-456\"")]
    [InlineData("text", "plain", "\"plain\"")]
    public void ConvertibleValues_AreSentInTheFieldsType(string type, string text, string json)
    {
        var conversion = ZohoValueConverter.Convert(text, Field(type, 40));

        Assert.True(conversion.Send);
        Assert.Null(conversion.Note);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(json), conversion.Value), conversion.Value?.ToJsonString());
    }

    [Theory]
    [InlineData("date", "--05-17", "has no year")]
    [InlineData("date", "tomorrow", "is not a date")]
    [InlineData("datetime", "soon", "is not a date and time")]
    [InlineData("integer", "12.5", "whole number")]
    [InlineData("integer", "12345678901", "whole number")]
    [InlineData("currency", "a lot", "is not a number")]
    [InlineData("boolean", "maybe", "is not true or false")]
    [InlineData("email", "not an email", "email address")]
    [InlineData("phone", "call me", "phone number")]
    [InlineData("lookup", "Acme", "lookup field")]
    public void UnconvertibleValues_AreNotSentAndSayWhy(string type, string text, string why)
    {
        var conversion = ZohoValueConverter.Convert(text, Field(type, 10));

        Assert.False(conversion.Send);
        Assert.Null(conversion.Note!.Written);
        Assert.Equal("F", conversion.Note.Field);
        Assert.Contains(why, conversion.Note.Message, StringComparison.Ordinal);
        Assert.Contains("F was not written", conversion.Note.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Picklists_TakeTheStoredSpelling_AndRefuseValuesOutsideTheList()
    {
        var field = Field("picklist", 120, false, "-None-", "Gold", "Silver");
        var multi = Field("multiselectpicklist", 2000, false, "Hardware", "Software");

        Assert.Equal("\"Gold\"", ZohoValueConverter.Convert(" gold ", field).Value!.ToJsonString());
        Assert.Equal("Gold", ZohoValueConverter.Convert(" gold ", field).Text);
        Assert.False(ZohoValueConverter.Convert("Platinum", field).Send);
        Assert.Equal("[\"Software\",\"Hardware\"]", ZohoValueConverter.Convert("software; hardware", multi).Value!.ToJsonString());
        Assert.Equal("Software; Hardware", ZohoValueConverter.Convert("software; hardware", multi).Text);
        Assert.False(ZohoValueConverter.Convert("Software; Gardening", multi).Send);
        Assert.Equal("Platinum", ZohoValueConverter.Convert("Platinum", field, completePickList: false).Value!.GetValue<string>());
    }

    [Fact]
    public void TooLongTexts_AreLeftOut_UnlessMandatory_WhichAreShortened()
    {
        var optional = ZohoValueConverter.Convert(new string('x', 41), Field("text", 40));
        var mandatory = ZohoValueConverter.Convert(new string('y', 81), Field("text", 80, mandatory: true));

        Assert.False(optional.Send);
        Assert.Contains("holds 40", optional.Note!.Message, StringComparison.Ordinal);
        Assert.True(mandatory.Send);
        Assert.Equal(new string('y', 80), mandatory.Note!.Written);
        Assert.Equal(new string('y', 80), mandatory.Text);
    }

    [Fact]
    public void EmptyText_ClearsTheField() =>
        Assert.Equal(ZohoConversion.Clear, ZohoValueConverter.Convert("", Field("date")));

    [Fact]
    public async Task DefaultMapWrites_ReadNoMetadata_AndTheSalutationTakesZohosSpellingOrIsSentAsGiven()
    {
        await using var emu = await EmulatorHost.StartAsync(new EmulatorOptions(), TestContext.CancellationToken);
        using var http = new HttpClient();
        var port = new ZohoContactsPort(Client(emu, http), new ZohoPortOptions(emu.Zoho.AllContactsViewId, ["Last_Name", "Salutation"], null, null, null));

        var outcomes = await port.CreateAsync(
        [
            new CrmWrite(null, new Dictionary<string, string> { ["Last_Name"] = "Doctor", ["Salutation"] = "dr." }, null, "a"),
            new CrmWrite(null, new Dictionary<string, string> { ["Last_Name"] = "Knight", ["Salutation"] = "Sir" }, null, "b"),
        ], TestContext.CancellationToken);

        Assert.All(outcomes, o => Assert.True(o.Success));
        Assert.Equal("Dr.", emu.Zoho.GetRecord(outcomes[0].Id!)!["Salutation"]!.ToString());
        Assert.Equal("Dr.", outcomes[0].Values!["Salutation"]);
        Assert.Equal("Salutation", Assert.Single(outcomes[1].Notes).Field);
        Assert.Equal(0, emu.Calls.Count("zoho GET /crm/v8/settings/fields"));
    }

    [Fact]
    public async Task AValueTheOrgStillRefuses_IsLeftOutOfThatRecordAlone_AndTheRecordIsWritten()
    {
        await using var emu = await EmulatorHost.StartAsync(new EmulatorOptions(), TestContext.CancellationToken);
        using var http = new HttpClient();
        var client = Client(emu, http);
        var port = new ZohoContactsPort(client, new ZohoPortOptions(emu.Zoho.AllContactsViewId, ["Last_Name", "Email", "Date_of_Birth"], null, null, null));

        // The conversion takes an internationalised address; this org's rule (the emulator's ASCII pattern) refuses it.
        var outcomes = await port.CreateAsync(
        [
            new CrmWrite(null, new Dictionary<string, string> { ["Last_Name"] = "Müller", ["Email"] = "jürgen@münchen.de", ["Date_of_Birth"] = "1980-01-02" }, null, "a"),
            new CrmWrite(null, new Dictionary<string, string> { ["Last_Name"] = "Plain", ["Email"] = "plain@example.com" }, null, "b"),
        ], TestContext.CancellationToken);

        Assert.All(outcomes, o => Assert.True(o.Success));
        var note = Assert.Single(outcomes[0].Notes);
        Assert.Equal("Email", note.Field);
        Assert.Equal("email", note.ExpectedType);
        Assert.Empty(outcomes[1].Notes);
        var written = emu.Zoho.GetRecord(outcomes[0].Id!)!;
        Assert.Null(written["Email"]);
        Assert.Equal("1980-01-02", written["Date_of_Birth"]!.ToString());
        Assert.Equal(2, emu.Calls.Count("zoho POST /crm/v8/Contacts"));
    }
}
