using ContactSync.Core.Ports;

namespace ContactSync.Core.Engine.Planning;

/// <summary>
/// Zoho requires Last_Name. A Google contact without a family name still becomes a valid CRM contact: Last_Name is the
/// family name, else the display name, else the given name, else the email's local part, else "(no name)".
/// </summary>
public static class LastNameFallback
{
    /// <summary>The Google path of the family name.</summary>
    public const string FamilyNamePath = "names[0].familyName";

    /// <summary>The Google path of the display name (read-only, provided by the adapter when Google has it).</summary>
    public const string DisplayNamePath = "names[0].displayName";

    /// <summary>The Google path of the given name.</summary>
    public const string GivenNamePath = "names[0].givenName";

    /// <summary>The Google path of the work email.</summary>
    public const string WorkEmailPath = "emailAddresses[type=work]";

    /// <summary>The value to store in Last_Name for this contact.</summary>
    public static string For(GoogleContact contact)
    {
        ArgumentNullException.ThrowIfNull(contact);
        foreach (var path in new[] { FamilyNamePath, DisplayNamePath, GivenNamePath })
        {
            var value = contact[path].Trim();
            if (value.Length > 0)
            {
                return value;
            }
        }

        var email = contact[WorkEmailPath].Trim();
        if (email.Length == 0)
        {
            email = contact.Values.Where(kv => kv.Key.StartsWith("emailAddresses", StringComparison.Ordinal) && kv.Value.Length > 0)
                .Select(kv => kv.Value.Trim()).FirstOrDefault() ?? "";
        }

        var at = email.IndexOf('@', StringComparison.Ordinal);
        return at > 0 ? email[..at] : "(no name)";
    }
}
