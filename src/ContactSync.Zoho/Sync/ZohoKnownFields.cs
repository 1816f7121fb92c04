namespace ContactSync.Zoho.Sync;

/// <summary>
/// The data types and lengths of the standard Contacts fields of the default field map, as Zoho's field metadata lists
/// them (standard fields cannot be retyped), so writes of the default map need no metadata read. The Salutation picklist
/// carries Zoho's standard values, which an org may extend: a value matching one is sent in its stored spelling, any
/// other is sent as given (<see cref="IsAuthoritative"/> is false). Should an org still refuse a value (INVALID_DATA
/// naming the field), the writer leaves that field out and notes it.
/// </summary>
internal static class ZohoKnownFields
{
    private static readonly Dictionary<string, ZohoField> Fields = new(StringComparer.Ordinal)
    {
        ["Salutation"] = Field("Salutation", "picklist", 120, pick: ["-None-", "Mr.", "Mrs.", "Ms.", "Dr.", "Prof."]),
        ["First_Name"] = Field("First_Name", "text", 40),
        ["Last_Name"] = Field("Last_Name", "text", 80, mandatory: true),
        ["Email"] = Field("Email", "email", 100),
        ["Secondary_Email"] = Field("Secondary_Email", "email", 100),
        ["Phone"] = Field("Phone", "phone", 30),
        ["Mobile"] = Field("Mobile", "phone", 30),
        ["Home_Phone"] = Field("Home_Phone", "phone", 30),
        ["Other_Phone"] = Field("Other_Phone", "phone", 30),
        ["Fax"] = Field("Fax", "phone", 30),
        ["Title"] = Field("Title", "text", 100),
        ["Department"] = Field("Department", "text", 100),
        ["Account_Name"] = Field("Account_Name", "lookup", 120),
        ["Mailing_Street"] = Field("Mailing_Street", "text", 250),
        ["Mailing_City"] = Field("Mailing_City", "text", 100),
        ["Mailing_State"] = Field("Mailing_State", "text", 100),
        ["Mailing_Zip"] = Field("Mailing_Zip", "text", 30),
        ["Mailing_Country"] = Field("Mailing_Country", "text", 100),
        ["Other_Street"] = Field("Other_Street", "text", 250),
        ["Other_City"] = Field("Other_City", "text", 100),
        ["Other_State"] = Field("Other_State", "text", 100),
        ["Other_Zip"] = Field("Other_Zip", "text", 30),
        ["Other_Country"] = Field("Other_Country", "text", 100),
        ["Date_of_Birth"] = Field("Date_of_Birth", "date", 20),
        ["Description"] = Field("Description", "textarea", 32000),
    };

    /// <summary>The known field, or null when its type must come from the metadata.</summary>
    public static ZohoField? Find(string apiName) => Fields.GetValueOrDefault(apiName);

    /// <summary>False for a known picklist: its values are Zoho's standard ones, and the org may have more.</summary>
    public static bool IsAuthoritative(ZohoField field) => field.DataType != "picklist";

    private static ZohoField Field(string apiName, string type, int length, bool mandatory = false, string[]? pick = null) =>
        new(null, apiName, apiName, type, type == "lookup" ? "jsonobject" : "string", length, false, false, mandatory, pick ?? []);
}
