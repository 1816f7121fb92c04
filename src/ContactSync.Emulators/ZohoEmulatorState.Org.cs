using System.Globalization;
using ContactSync.Emulators.Zoho;

namespace ContactSync.Emulators;

/// <summary>The CRM users of a whole organisation (for per-user plans and roll-outs), added beside the four seeded ones.</summary>
public sealed partial class ZohoEmulatorState
{
    /// <summary>Kind of the users added by <see cref="SetOrgUsers"/>.</summary>
    internal const string OrgKind = "org";

    private const long FirstOrgUserId = 5725767000000500001;
    private const long SalesRepresentativeRole = 5725767000000026011;
    private const long StandardProfile = 5725767000000026014;

    /// <summary>
    /// Replaces the organisation's extra users with <paramref name="count"/> sales representatives (profile Standard: every
    /// Contacts permission; role Sales Representative, so each sees only their own records), with emails in
    /// <paramref name="emailDomain"/> (the Google Workspace domain, so a service account may impersonate them).
    /// </summary>
    internal IReadOnlyList<ZohoUser> SetOrgUsers(int count, string emailDomain)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        lock (Sync)
        {
            var added = Enumerable.Range(0, count).Select(i => new ZohoUser(
                FirstOrgUserId + i,
                OrgKind,
                "Org",
                "User " + (i + 1).ToString("000", CultureInfo.InvariantCulture),
                $"org.user.{i + 1:000}@{emailDomain}",
                SalesRepresentativeRole,
                StandardProfile,
                "Europe/Berlin",
                TimeSpan.FromHours(1),
                $"1000.org{i + 1}." + Guid.NewGuid().ToString("N"))).ToArray();
            _users = _users.Where(u => u.Kind != OrgKind).Concat(added).ToArray();
            return added;
        }
    }
}
