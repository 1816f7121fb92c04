using ContactSync.Zoho;

namespace ContactSync.Server.Plans.RollOut;

/// <summary>The plan name a roll-out gives a CRM user: the template's pattern with <c>{email}</c>, <c>{name}</c> and <c>{id}</c> filled.</summary>
internal static class PlanNames
{
    /// <summary>The pattern of an empty template name.</summary>
    public const string DefaultPattern = "ContactSync ({email})";

    private static readonly string[] Placeholders = ["{email}", "{name}", "{id}"];

    /// <summary>The pattern as used: empty → <see cref="DefaultPattern"/>; without any placeholder, " ({email})" is appended so names stay unique.</summary>
    public static string Pattern(string pattern)
    {
        var trimmed = pattern.Trim();
        if (trimmed.Length == 0)
        {
            return DefaultPattern;
        }

        return Placeholders.Any(p => trimmed.Contains(p, StringComparison.OrdinalIgnoreCase)) ? trimmed : trimmed + " ({email})";
    }

    /// <summary>The name of <paramref name="user"/>'s plan.</summary>
    public static string For(string pattern, ZohoUser user) => Pattern(pattern)
        .Replace("{email}", user.Email ?? "", StringComparison.OrdinalIgnoreCase)
        .Replace("{name}", user.FullName ?? user.Email ?? user.Id, StringComparison.OrdinalIgnoreCase)
        .Replace("{id}", user.Id, StringComparison.OrdinalIgnoreCase);
}
