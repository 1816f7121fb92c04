namespace ContactSync.Emulators.Zoho;

/// <summary>The Contacts module's fields: standard fields plus the seeded custom fields.</summary>
internal sealed class ZohoFieldCatalog
{
    private readonly Dictionary<string, ZohoFieldDefinition> _byName;

    private const long FirstFieldId = 5725767000000002000;

    /// <summary>The fields in metadata order; ids are given in this order from <see cref="FirstFieldId"/>.</summary>
    private static readonly ZohoFieldDefinition[] Definitions =
    [
        F("Owner", "Contact Owner", "ownerlookup", 120),
        F("Salutation", "Salutation", "picklist", 120, pick: ["-None-", "Mr.", "Mrs.", "Ms.", "Dr.", "Prof."]),
        F("First_Name", "First Name", "text", 40),
        F("Last_Name", "Last Name", "text", 80, mandatory: true),
        F("Full_Name", "Contact Name", "text", 120, ro: true),
        F("Email", "Email", "email", 100, unique: true),
        F("Secondary_Email", "Secondary Email", "email", 100),
        F("Phone", "Phone", "phone", 30),
        F("Mobile", "Mobile", "phone", 30),
        F("Home_Phone", "Home Phone", "phone", 30),
        F("Other_Phone", "Other Phone", "phone", 30),
        F("Asst_Phone", "Asst Phone", "phone", 30),
        F("Assistant", "Assistant", "text", 40),
        F("Fax", "Fax", "phone", 30),
        F("Title", "Title", "text", 100),
        F("Department", "Department", "text", 100),
        F("Account_Name", "Account Name", "lookup", 120),
        F("Reporting_To", "Reporting To", "lookup", 120),
        F("Lead_Source", "Lead Source", "picklist", 120, pick: ["-None-", "Advertisement", "Cold Call", "Employee Referral", "External Referral", "Partner", "Web Download", "Trade Show"]),
        F("Mailing_Street", "Mailing Street", "text", 250),
        F("Mailing_City", "Mailing City", "text", 100),
        F("Mailing_State", "Mailing State", "text", 100),
        F("Mailing_Zip", "Mailing Zip", "text", 30),
        F("Mailing_Country", "Mailing Country", "text", 100),
        F("Other_Street", "Other Street", "text", 250),
        F("Other_City", "Other City", "text", 100),
        F("Other_State", "Other State", "text", 100),
        F("Other_Zip", "Other Zip", "text", 30),
        F("Other_Country", "Other Country", "text", 100),
        F("Description", "Description", "textarea", 32000),
        F("Date_of_Birth", "Date of Birth", "date", 20),
        F("Email_Opt_Out", "Email Opt Out", "boolean", 5),
        F("Skype_ID", "Skype ID", "text", 50),
        F("Twitter", "Twitter", "text", 50),
        F("Tag", "Tag", "text", 2000, ro: true),
        F("Created_By", "Created By", "ownerlookup", 120, ro: true),
        F("Modified_By", "Modified By", "ownerlookup", 120, ro: true),
        F("Created_Time", "Created Time", "datetime", 120, ro: true),
        F("Modified_Time", "Modified Time", "datetime", 120, ro: true),
        F("Last_Activity_Time", "Last Activity Time", "datetime", 120, ro: true),
        F("Customer_Tier", "Customer Tier", "picklist", 120, custom: true, pick: ["-None-", "Gold", "Silver", "Bronze"]),
        F("Loyalty_Points", "Loyalty Points", "integer", 9, custom: true),
        F("Google_Contact_Id", "Google Contact Id", "text", 255, custom: true, unique: true),
        F("Preferred_Language", "Preferred Language", "text", 50, custom: true),
        F("Next_Follow_Up", "Next Follow-up", "datetime", 120, custom: true),
        F("Discount_Rate", "Discount Rate", "double", 16, custom: true),
        F("Annual_Spend", "Annual Spend", "currency", 16, custom: true),
        F("Newsletter", "Newsletter", "boolean", 5, custom: true),
        F("Interests", "Interests", "multiselectpicklist", 2000, custom: true, pick: ["Hardware", "Software", "Services", "Training"]),
    ];

    public ZohoFieldCatalog()
    {
        All = Definitions.Select((f, i) => f with { Id = FirstFieldId + i }).ToArray();
        _byName = All.ToDictionary(f => f.ApiName, StringComparer.Ordinal);
    }

    private static ZohoFieldDefinition F(string api, string label, string type, int length, bool custom = false, bool ro = false,
        bool mandatory = false, bool unique = false, string[]? pick = null)
    {
        var json = type switch
        {
            "ownerlookup" or "lookup" => "jsonobject",
            "integer" or "bigint" => "integer",
            "boolean" => "boolean",
            "double" or "currency" or "decimal" or "percent" => "double",
            "multiselectpicklist" => "jsonarray",
            _ => "string",
        };
        return new ZohoFieldDefinition(0, api, label, type, json, length, custom, ro, mandatory, unique, pick);
    }

    public IReadOnlyList<ZohoFieldDefinition> All { get; }

    public ZohoFieldDefinition? Find(string apiName) => _byName.GetValueOrDefault(apiName);

    public IEnumerable<ZohoFieldDefinition> Unique => All.Where(f => f.Unique);
}
