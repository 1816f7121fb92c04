using System.Globalization;
using ContactSync.Emulators.Org;

namespace ContactSync.Emulators.Seeding;

/// <summary>
/// Seeds an organisation: CRM users (see <see cref="ZohoEmulatorState.SetOrgUsers"/>), each owning their CRM contacts and
/// holding their own Google account with a "ContactSync" group of contacts, part of them with the same email as one of
/// their CRM contacts. Emails are unique across users (the index carries the user).
/// </summary>
internal static class OrgSeeder
{
    private const int PerUserIndexSpan = 1_000_000;

    public static IReadOnlyList<OrgUser> Seed(ZohoEmulatorState zoho, GoogleEmulatorState google, OrgSeed seed)
    {
        var domain = google.DefaultUser.Split('@')[1];
        var users = zoho.SetOrgUsers(seed.Users, domain);
        var overlap = Math.Min(seed.OverlapPerUser, Math.Min(seed.ZohoContactsPerUser, seed.GoogleContactsPerUser));
        var result = new List<OrgUser>(users.Count);
        for (var u = 0; u < users.Count; u++)
        {
            var user = users[u];
            var group = google.EnsureGroup(user.Email, "ContactSync");
            SeedCrm(zoho, user.Id, u, seed, overlap);
            google.SeedContacts(user.Email, Enumerable.Range(0, seed.GoogleContactsPerUser).Select(i =>
                SeedGenerator.ToGoogle(Contact(u, i, seed.Seed, i < overlap ? "shared" : "gmail"), group)));
            result.Add(new OrgUser(user.Id.ToString(CultureInfo.InvariantCulture), user.Email, user.RefreshToken, google.IssueUserRefreshToken(user.Email), group));
        }

        return result;
    }

    private static void SeedCrm(ZohoEmulatorState zoho, long ownerId, int user, OrgSeed seed, int overlap)
    {
        lock (zoho.Sync)
        {
            var start = zoho.NowSec - (seed.ZohoContactsPerUser + 10);
            for (var i = 0; i < seed.ZohoContactsPerUser; i++)
            {
                zoho.SeedRecord(ownerId, start + i, SeedGenerator.ToZoho(Contact(user, i, seed.Seed, i < overlap ? "shared" : "crm")));
            }
        }
    }

    /// <summary>The i-th contact of a user; shared ones always carry an email (the overlap is by email).</summary>
    private static SeedContact Contact(int user, int i, int seed, string tag)
    {
        var index = (user * PerUserIndexSpan) + i;
        var c = SeedGenerator.Create(index, seed, tag);
        return tag == "shared" && c.Email is null ? c with { Email = $"shared.{index}@shared.example.com" } : c;
    }
}
