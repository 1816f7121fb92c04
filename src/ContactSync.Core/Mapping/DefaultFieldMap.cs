namespace ContactSync.Core.Mapping;

/// <summary>The default field map (design §5). <c>Account_Name</c> is a lookup and flows CRM → Google only.</summary>
public static class DefaultFieldMap
{
    /// <summary>The default mappings, in display order.</summary>
    public static IReadOnlyList<FieldMapping> Mappings { get; } =
    [
        new("Salutation", "names[0].honorificPrefix"),
        new("First_Name", "names[0].givenName"),
        new("Last_Name", "names[0].familyName"),
        new("Email", "emailAddresses[type=work]"),
        new("Secondary_Email", "emailAddresses[type=home]"),
        new("Phone", "phoneNumbers[type=work]"),
        new("Mobile", "phoneNumbers[type=mobile]"),
        new("Home_Phone", "phoneNumbers[type=home]"),
        new("Other_Phone", "phoneNumbers[type=other]"),
        new("Fax", "phoneNumbers[type=workFax]"),
        new("Title", "organizations[0].title"),
        new("Department", "organizations[0].department"),
        new("Account_Name", "organizations[0].name", MappingDirection.CrmToGoogle),
        new("Mailing_Street", "addresses[type=work].streetAddress"),
        new("Mailing_City", "addresses[type=work].city"),
        new("Mailing_State", "addresses[type=work].region"),
        new("Mailing_Zip", "addresses[type=work].postalCode"),
        new("Mailing_Country", "addresses[type=work].country"),
        new("Other_Street", "addresses[type=other].streetAddress"),
        new("Other_City", "addresses[type=other].city"),
        new("Other_State", "addresses[type=other].region"),
        new("Other_Zip", "addresses[type=other].postalCode"),
        new("Other_Country", "addresses[type=other].country"),
        new("Date_of_Birth", "birthdays[0].date"),
        new("Description", "biographies[0].value"),
    ];

    /// <summary>CRM fields that can only be read (lookups and system fields): mappings from them are CRM → Google only.</summary>
    public static IReadOnlySet<string> CrmReadOnlyFields { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "Account_Name", "Owner", "Full_Name", "Created_Time", "Modified_Time", "Created_By", "Modified_By", "Vendor_Name", "Reporting_To",
    };
}
