using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace ContactSync.Emulators.Seeding;

/// <summary>Deterministic, realistic contacts (accents, several emails and phones, addresses, some without email).</summary>
internal static class SeedGenerator
{
    private static readonly string[] FirstNames =
    [
        "Zoë", "Björn", "José", "François", "Łukasz", "Siobhán", "Åsa", "Jürgen", "Chloé", "Mateus", "Núria", "Søren",
        "Anaïs", "Dmitrij", "Małgorzata", "Renée", "Jörg", "Inés", "Hélène", "Øyvind", "Ana", "Tomás", "Émile", "Ülkü",
        "Anna", "Peter", "Maria", "John", "Aiko", "Priya", "Chen", "Fatima", "Olu", "Liam", "Sofia", "Noah",
    ];

    private static readonly string[] LastNames =
    [
        "Müller", "Gómez", "Dvořák", "Østergaard", "O'Brien", "Nguyễn", "Schäfer", "Lefèvre", "Kowalczyk", "Peña",
        "Åkesson", "Çelik", "Fernández", "Grünewald", "Hernández", "Jäger", "Kovač", "Lindqvist", "Moreau", "Novák",
        "Smith", "Johnson", "Tanaka", "Patel", "Wang", "Okafor", "Rossi", "Dubois", "Schmidt", "Brown",
    ];

    private static readonly (string City, string Region, string Zip, string Country, string Code)[] Places =
    [
        ("München", "Bayern", "80331", "Germany", "DE"), ("Köln", "Nordrhein-Westfalen", "50667", "Germany", "DE"),
        ("Zürich", "ZH", "8001", "Switzerland", "CH"), ("Paris", "Île-de-France", "75001", "France", "FR"),
        ("São Paulo", "SP", "01000-000", "Brazil", "BR"), ("Kraków", "Małopolskie", "30-001", "Poland", "PL"),
        ("Austin", "TX", "73301", "United States", "US"), ("Dublin", "Leinster", "D02", "Ireland", "IE"),
        ("Málaga", "Andalucía", "29001", "Spain", "ES"), ("Berlin", "Berlin", "10115", "Germany", "DE"),
    ];

    private static readonly string[] Streets = ["Hauptstraße", "Rue de la Paix", "Calle Mayor", "Main Street", "Königsallee", "Ulica Długa", "Avenida Paulista"];

    private static readonly string[] Companies = ["Acme GmbH", "Globex S.A.", "Initech Ltd", "Umbrella AG", "Stark Industries", "Wayne Enterprises", "Société Générale d'Exemple"];

    private static readonly string[] Titles = ["Geschäftsführer", "Head of Sales", "Chargée d'affaires", "CTO", "Buyer", "Account Manager", "Ingeniera"];

    private static readonly string[] Tiers = ["Gold", "Silver", "Bronze"];

    public static SeedContact Create(int index, int seed, string domainTag)
    {
        var rng = new Random(unchecked((seed * 1_000_003) + (index * 7919) + domainTag.Length));
        var first = FirstNames[rng.Next(FirstNames.Length)];
        var last = LastNames[rng.Next(LastNames.Length)];
        var place = Places[rng.Next(Places.Length)];
        var local = Ascii(first) + "." + Ascii(last) + "." + index.ToString(CultureInfo.InvariantCulture);
        var hasEmail = index % 10 != 7;
        return new SeedContact(
            first,
            last,
            hasEmail ? local + "@" + domainTag + ".example.com" : null,
            hasEmail && index % 3 == 0 ? local + "@mail.example.org" : null,
            "+49 89 " + rng.Next(1000000, 9999999).ToString(CultureInfo.InvariantCulture),
            index % 4 == 0 ? null : "+49 151 " + rng.Next(10000000, 99999999).ToString(CultureInfo.InvariantCulture),
            index % 5 == 0 ? "+49 30 " + rng.Next(1000000, 9999999).ToString(CultureInfo.InvariantCulture) : null,
            Streets[rng.Next(Streets.Length)] + " " + rng.Next(1, 200).ToString(CultureInfo.InvariantCulture),
            place.City,
            place.Region,
            place.Zip,
            place.Country,
            place.Code,
            Companies[rng.Next(Companies.Length)],
            Titles[rng.Next(Titles.Length)],
            index % 6 == 0 ? null : new DateOnly(1950 + rng.Next(50), 1 + rng.Next(12), 1 + rng.Next(28)),
            Tiers[rng.Next(Tiers.Length)],
            rng.Next(0, 10000),
            index % 4 == 0 ? "Met at trade fair in Köln — prefers e-mail." : null);
    }

    public static Dictionary<string, JsonNode?> ToZoho(SeedContact c)
    {
        var v = new Dictionary<string, JsonNode?>(StringComparer.Ordinal)
        {
            ["First_Name"] = c.First,
            ["Last_Name"] = c.Last,
            ["Phone"] = c.WorkPhone,
            ["Mailing_Street"] = c.Street,
            ["Mailing_City"] = c.City,
            ["Mailing_State"] = c.Region,
            ["Mailing_Zip"] = c.Zip,
            ["Mailing_Country"] = c.Country,
            ["Title"] = c.Title,
            ["Account_Name"] = new JsonObject { ["name"] = c.Company, ["id"] = (5725767000000600000L + Array.IndexOf(Companies, c.Company)).ToString(CultureInfo.InvariantCulture) },
            ["Customer_Tier"] = c.Tier,
            ["Loyalty_Points"] = c.Points,
        };
        Add(v, "Email", c.Email);
        Add(v, "Secondary_Email", c.HomeEmail);
        Add(v, "Mobile", c.Mobile);
        Add(v, "Home_Phone", c.HomePhone);
        Add(v, "Description", c.Notes);
        Add(v, "Date_of_Birth", c.Birthday?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        return v;
    }

    public static JsonObject ToGoogle(SeedContact c, params string[] groups)
    {
        var p = new JsonObject
        {
            ["names"] = new JsonArray(new JsonObject { ["givenName"] = c.First, ["familyName"] = c.Last }),
            ["addresses"] = new JsonArray(new JsonObject
            {
                ["type"] = "work", ["streetAddress"] = c.Street, ["city"] = c.City, ["region"] = c.Region,
                ["postalCode"] = c.Zip, ["country"] = c.Country, ["countryCode"] = c.CountryCode,
            }),
            ["organizations"] = new JsonArray(new JsonObject { ["name"] = c.Company, ["title"] = c.Title, ["type"] = "work" }),
            ["userDefined"] = new JsonArray(new JsonObject { ["key"] = "Customer tier", ["value"] = c.Tier }),
            ["memberships"] = new JsonArray(groups.Select(g => (JsonNode?)new JsonObject { ["contactGroupMembership"] = new JsonObject { ["contactGroupResourceName"] = g } }).ToArray()),
        };
        var emails = new JsonArray();
        if (c.Email is not null)
        {
            emails.Add(new JsonObject { ["value"] = c.Email, ["type"] = "work" });
        }

        if (c.HomeEmail is not null)
        {
            emails.Add(new JsonObject { ["value"] = c.HomeEmail, ["type"] = "home" });
        }

        if (emails.Count > 0)
        {
            p["emailAddresses"] = emails;
        }

        var phones = new JsonArray(new JsonObject { ["value"] = c.WorkPhone, ["type"] = "work" });
        if (c.Mobile is not null)
        {
            phones.Add(new JsonObject { ["value"] = c.Mobile, ["type"] = "mobile" });
        }

        if (c.HomePhone is not null)
        {
            phones.Add(new JsonObject { ["value"] = c.HomePhone, ["type"] = "home" });
        }

        p["phoneNumbers"] = phones;
        if (c.Birthday is { } b)
        {
            p["birthdays"] = new JsonArray(new JsonObject { ["date"] = new JsonObject { ["year"] = b.Year, ["month"] = b.Month, ["day"] = b.Day } });
        }

        if (c.Notes is not null)
        {
            p["biographies"] = new JsonArray(new JsonObject { ["value"] = c.Notes, ["contentType"] = "TEXT_PLAIN" });
        }

        return p;
    }

    private static void Add(Dictionary<string, JsonNode?> v, string key, string? value)
    {
        if (value is not null)
        {
            v[key] = value;
        }
    }

    private static string Ascii(string s)
    {
        var sb = new StringBuilder();
        foreach (var ch in s.Replace("ß", "ss", StringComparison.Ordinal).Replace("Ø", "O", StringComparison.Ordinal).Replace("ø", "o", StringComparison.Ordinal).Replace("Ł", "L", StringComparison.Ordinal).Replace("ł", "l", StringComparison.Ordinal).Normalize(NormalizationForm.FormD))
        {
            if (ch < 128 && char.IsLetterOrDigit(ch))
            {
                sb.Append(char.ToLowerInvariant(ch));
            }
        }

        return sb.ToString();
    }
}
