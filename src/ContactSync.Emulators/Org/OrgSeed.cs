namespace ContactSync.Emulators.Org;

/// <summary>The shape of a seeded organisation.</summary>
/// <param name="Users">CRM users, each with their own Google account.</param>
/// <param name="ZohoContactsPerUser">CRM contacts owned by each user.</param>
/// <param name="GoogleContactsPerUser">Contacts in each user's Google "ContactSync" group.</param>
/// <param name="OverlapPerUser">Of those, contacts with the same email on both sides (per user).</param>
/// <param name="Seed">The data generator's seed.</param>
public sealed record OrgSeed(int Users, int ZohoContactsPerUser, int GoogleContactsPerUser, int OverlapPerUser, int Seed = 42);
