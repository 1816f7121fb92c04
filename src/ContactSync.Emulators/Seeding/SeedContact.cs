namespace ContactSync.Emulators.Seeding;

/// <summary>One generated person, mapped to either side.</summary>
internal sealed record SeedContact(
    string First,
    string Last,
    string? Email,
    string? HomeEmail,
    string WorkPhone,
    string? Mobile,
    string? HomePhone,
    string Street,
    string City,
    string Region,
    string Zip,
    string Country,
    string CountryCode,
    string Company,
    string Title,
    DateOnly? Birthday,
    string Tier,
    int Points,
    string? Notes);
