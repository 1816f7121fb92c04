using ContactSync.Grpc.V1;

namespace ContactSync.Benchmarks.Scenarios;

/// <summary>The scenarios of issue 7, in the order they run.</summary>
internal static class ScenarioCatalog
{
    public static IReadOnlyList<ScenarioDefinition> All { get; } =
    [
        new(
            "initial-crm-to-google-10k",
            "First sync CRM → Google: 10,000 CRM contacts, empty Google group",
            ScenarioKind.InitialSync,
            SyncDirection.CrmToGoogle,
            ZohoContacts: 10_000,
            GoogleContacts: 0,
            OverlappingEmails: 0,
            ConflictEditsPerSide: 0,
            EditsPerSide: 0,
            LatencyMs: 0,
            NominalContacts: 10_000,
            DefaultRuns: 3,
            DefaultWarmups: 1,
            new ScenarioTargets(MaxWallSeconds: 5)),
        new(
            "initial-bidirectional-10k",
            "First bidirectional sync: 5,000 contacts each side, 2,000 matching by email, 400 matched pairs holding two different values in one field (200 edited on each side before the run; CRM wins)",
            ScenarioKind.InitialSync,
            SyncDirection.Bidirectional,
            ZohoContacts: 5_000,
            GoogleContacts: 5_000,
            OverlappingEmails: 2_000,
            ConflictEditsPerSide: 200,
            EditsPerSide: 0,
            LatencyMs: 0,
            NominalContacts: 10_000,
            DefaultRuns: 3,
            DefaultWarmups: 1,
            new ScenarioTargets()),
        new(
            "initial-crm-to-google-100k",
            "First sync CRM → Google: 100,000 CRM contacts, empty Google group",
            ScenarioKind.InitialSync,
            SyncDirection.CrmToGoogle,
            ZohoContacts: 100_000,
            GoogleContacts: 0,
            OverlappingEmails: 0,
            ConflictEditsPerSide: 0,
            EditsPerSide: 0,
            LatencyMs: 0,
            NominalContacts: 100_000,
            DefaultRuns: 1,
            DefaultWarmups: 0,
            new ScenarioTargets(MaxWallSeconds: 45, MaxPeakRssMb: 400)),
        new(
            "incremental-500-of-10k",
            "Bidirectional plan over 10,000 pairs (5,000 seeded each side), after a completed sync and a settling run: 250 CRM edits + 250 Google edits of other pairs",
            ScenarioKind.AfterCompletedSync,
            SyncDirection.Bidirectional,
            ZohoContacts: 5_000,
            GoogleContacts: 5_000,
            OverlappingEmails: 0,
            ConflictEditsPerSide: 0,
            EditsPerSide: 250,
            LatencyMs: 0,
            NominalContacts: 500,
            DefaultRuns: 3,
            DefaultWarmups: 1,
            new ScenarioTargets(MaxWallSeconds: 1)),
        new(
            "no-change-10k",
            "Bidirectional plan over 10,000 pairs (5,000 seeded each side), after a completed sync and a settling run: nothing changed",
            ScenarioKind.AfterCompletedSync,
            SyncDirection.Bidirectional,
            ZohoContacts: 5_000,
            GoogleContacts: 5_000,
            OverlappingEmails: 0,
            ConflictEditsPerSide: 0,
            EditsPerSide: 0,
            LatencyMs: 0,
            NominalContacts: 10_000,
            DefaultRuns: 3,
            DefaultWarmups: 1,
            new ScenarioTargets(MaxTotalCalls: 4, MaxWallSeconds: 0.3)),
        new(
            "latency-20ms-10k",
            "initial-crm-to-google-10k with 20 ms added to every emulator API response",
            ScenarioKind.InitialSync,
            SyncDirection.CrmToGoogle,
            ZohoContacts: 10_000,
            GoogleContacts: 0,
            OverlappingEmails: 0,
            ConflictEditsPerSide: 0,
            EditsPerSide: 0,
            LatencyMs: 20,
            NominalContacts: 10_000,
            DefaultRuns: 3,
            DefaultWarmups: 1,
            new ScenarioTargets(MaxLatencyRatio: 1.3)),
    ];

    /// <summary>The scenario with this name (case-insensitive), or null.</summary>
    public static ScenarioDefinition? Find(string name) =>
        All.FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase));
}
