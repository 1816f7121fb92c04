namespace ContactSync.Emulators.Zoho;

/// <summary>A seeded CRM user.</summary>
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
    string RefreshToken)
{
    public string FullName => FirstName + " " + LastName;
}
