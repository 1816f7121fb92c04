using ContactSync.Core.Mapping;
using ContactSync.Core.Plans;

namespace ContactSync.Core.Tests.Plans;

/// <summary>A valid plan definition to break one rule at a time.</summary>
internal static class ValidPlans
{
    public static SyncPlanDefinition Bidirectional() => new(
        Name: "Sales team",
        CrmUserId: "4150868000000225013",
        Direction: SyncDirection.Bidirectional,
        ConflictWinner: ConflictWinner.Crm,
        Interval: TimeSpan.FromMinutes(15),
        CrmViewId: "4150868000000087501",
        GoogleGroup: "contactGroups/5a1b2c3d",
        FieldMappings: [new("Email", "emailAddresses[type=work]"), new("First_Name", "names[0].givenName"), new("Mobile", "phoneNumbers[type=mobile]")],
        DeletionPolicy: DeletionPolicy.Keep,
        MassDeleteThreshold: SyncPlanDefinition.DefaultMassDeleteThreshold,
        FirstRunCap: SyncPlanDefinition.DefaultFirstRunCap,
        LaterRunsCap: SyncPlanDefinition.DefaultLaterRunsCap,
        Enabled: true,
        EnforceOneWay: false,
        CrmGoogleRefField: "");

    /// <summary>The valid plan with mapping <paramref name="index"/> replaced.</summary>
    public static SyncPlanDefinition WithMapping(int index, FieldMapping mapping, SyncPlanDefinition? plan = null)
    {
        plan ??= Bidirectional();
        var mappings = plan.FieldMappings.ToList();
        if (index == mappings.Count)
        {
            mappings.Add(mapping);
        }
        else
        {
            mappings[index] = mapping;
        }

        return plan with { FieldMappings = mappings };
    }
}
