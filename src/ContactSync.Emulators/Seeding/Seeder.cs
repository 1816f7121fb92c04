namespace ContactSync.Emulators.Seeding;

/// <summary>Fills both emulators: Zoho contacts owned by all users, Google contacts in "ContactSync", a few in "Family".</summary>
internal static class Seeder
{
    public static void Seed(ZohoEmulatorState zoho, GoogleEmulatorState google, int zohoCount, int googleCount, int overlap, int seed)
    {
        overlap = Math.Min(overlap, Math.Min(zohoCount, googleCount));
        lock (zoho.Sync)
        {
            // The four seeded users own the contacts; an organisation's users get theirs from OrgSeeder.
            var seeded = zoho.Users.Where(u => u.Kind != ZohoEmulatorState.OrgKind).ToList();
            var start = zoho.NowSec - (zohoCount + 10);
            for (var i = 0; i < zohoCount; i++)
            {
                var c = SeedGenerator.Create(i, seed, i < overlap ? "shared" : "crm");
                if (i < overlap && c.Email is null)
                {
                    c = c with { Email = $"shared.{i}@shared.example.com" };
                }

                var owner = seeded[i % seeded.Count].Id;
                zoho.SeedRecord(owner, start + i, SeedGenerator.ToZoho(c));
            }
        }

        lock (google.Sync)
        {
            var account = google.Account(google.DefaultUser);
            for (var i = 0; i < googleCount; i++)
            {
                var c = SeedGenerator.Create(i, seed, i < overlap ? "shared" : "gmail");
                if (i < overlap && c.Email is null)
                {
                    c = c with { Email = $"shared.{i}@shared.example.com" };
                }

                google.Create(account, SeedGenerator.ToGoogle(c, google.ContactSyncGroupResourceName));
            }

            if (googleCount > 0)
            {
                for (var i = 0; i < 5; i++)
                {
                    google.Create(account, SeedGenerator.ToGoogle(SeedGenerator.Create(1_000_000 + i, seed, "family"), google.FamilyGroupResourceName));
                }
            }
        }
    }
}
