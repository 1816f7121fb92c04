using ContactSync.Grpc.V1;

namespace ContactSync.Benchmarks.Scenarios;

/// <summary>One benchmark scenario: data, plan, edits, and the targets printed beside its figures.</summary>
/// <param name="Name">Stable name, e.g. "initial-crm-to-google-10k".</param>
/// <param name="Description">One line for people.</param>
/// <param name="Kind">Whether the measured run is a first sync or an incremental run after a completed sync.</param>
/// <param name="Direction">The plan's direction (conflict winner CRM for bidirectional plans; caps off).</param>
/// <param name="ZohoContacts">CRM contacts seeded (all in the "All Contacts" view).</param>
/// <param name="GoogleContacts">Google contacts seeded in the plan's group (the emulator adds 5 "Family" contacts outside it).</param>
/// <param name="OverlappingEmails">Contacts seeded on both sides with the same email.</param>
/// <param name="ConflictEditsPerSide">Before a first sync: matched pairs whose Google biography, and other matched pairs whose CRM title, are edited so the two sides differ.</param>
/// <param name="EditsPerSide">After the completed sync: CRM records whose Title and other Google contacts whose biography are edited.</param>
/// <param name="LatencyMs">Latency added to every emulator API response (token endpoints excluded) during the measured run.</param>
/// <param name="NominalContacts">Contacts the run is about, for contacts per second.</param>
/// <param name="DefaultRuns">Measured runs unless --runs says otherwise.</param>
/// <param name="DefaultWarmups">Warm-up runs unless --warmups says otherwise.</param>
/// <param name="Targets">The targets for this scenario.</param>
internal sealed record ScenarioDefinition(
    string Name,
    string Description,
    ScenarioKind Kind,
    SyncDirection Direction,
    int ZohoContacts,
    int GoogleContacts,
    int OverlappingEmails,
    int ConflictEditsPerSide,
    int EditsPerSide,
    int LatencyMs,
    int NominalContacts,
    int DefaultRuns,
    int DefaultWarmups,
    ScenarioTargets Targets);
