using ContactSync.Emulators;
using Google.Protobuf.WellKnownTypes;
using Proto = ContactSync.Grpc.V1;

namespace ContactSync.Server.Tests.Infrastructure;

/// <summary>Sample plans.</summary>
public static class TestPlans
{
    public static string UniqueName(string prefix = "Plan") => $"{prefix} {Guid.NewGuid():N}";

    /// <summary>A Google group no other test's plan uses (user keys may only use groups of their own CRM user).</summary>
    public static string UniqueGroup() => "contactGroups/" + Guid.NewGuid().ToString("N")[..12];

    public static string UniqueUserId() => Random.Shared.NextInt64(1_000_000_000, 9_999_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A valid bidirectional plan with an explicit small map (Email ↔ work email first).</summary>
    public static Proto.SyncPlan Valid(string? name = null, string crmUserId = "4150868000000225013") => new()
    {
        Name = name ?? UniqueName(),
        CrmUserId = crmUserId,
        Direction = Proto.SyncDirection.Bidirectional,
        ConflictWinner = Proto.ConflictWinner.Crm,
        Interval = Duration.FromTimeSpan(TimeSpan.FromMinutes(15)),
        CrmViewId = "4150868000000087501",
        GoogleGroup = "contactGroups/5a1b2c3d",
        Enabled = true,
        FieldMappings =
        {
            new Proto.FieldMapping { CrmField = "Email", GoogleField = "emailAddresses[type=work]" },
            new Proto.FieldMapping { CrmField = "First_Name", GoogleField = "names[0].givenName" },
            new Proto.FieldMapping { CrmField = "Mobile", GoogleField = "phoneNumbers[type=mobile]" },
        },
    };

    /// <summary>A valid plan relying on every default (empty map, absent deletion and caps).</summary>
    public static Proto.SyncPlan Minimal(string? name = null, string crmUserId = "4150868000000225013") => new()
    {
        Name = name ?? UniqueName(),
        CrmUserId = crmUserId,
        Direction = Proto.SyncDirection.CrmToGoogle,
        CrmViewId = "4150868000000087501",
        GoogleGroup = "contactGroups/myContacts",
    };

    /// <summary>
    /// A plan of <paramref name="crmUserId"/> on the emulators' All Contacts view and sync group. The group is in the
    /// Workspace user's account; an admin key assigns that account to other CRM users' plans.
    /// </summary>
    public static Proto.SyncPlan OnEmulator(EmulatorHost emulator, string crmUserId, Proto.SyncDirection direction) => new()
    {
        Name = UniqueName(),
        CrmUserId = crmUserId,
        Direction = direction,
        CrmViewId = emulator.Zoho.AllContactsViewId,
        GoogleGroup = emulator.Credentials.GoogleContactSyncGroup,
        GoogleAccount = emulator.Credentials.GoogleImpersonatedUser,
    };
}
