namespace ContactSync.Emulators.Zoho;

/// <summary>A seeded CRM user; <see cref="Status"/> is users.json's <c>status</c> ("active" unless a test changes it).</summary>
internal sealed record ZohoUser(
    long Id,
    string Kind,
    string FirstName,
    string LastName,
    string Email,
    long RoleId,
    long ProfileId,
    string TimeZone,
    TimeSpan Offset,
    string RefreshToken,
    string Status = "active")
{
    public string FullName => FirstName + " " + LastName;
}
