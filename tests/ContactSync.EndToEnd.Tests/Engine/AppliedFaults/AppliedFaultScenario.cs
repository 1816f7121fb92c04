using ContactSync.Core.Engine;
using ContactSync.Core.Plans;
using ContactSync.Emulators;

namespace ContactSync.EndToEnd.Tests.Engine.AppliedFaults;

/// <summary>
/// One endpoint and one direction of the applied-fault suite: a first sync of at least 1,000 contacts, then one round per
/// fault kind (500, dropped connection, no answer until the client's timeout — each after the write was applied): edit the
/// data, let the next write to the endpoint be applied and then fail, run, and check that the run's counts are exactly
/// what the services changed, that neither side holds a duplicate, and that the following run has nothing left to do.
/// </summary>
internal static class AppliedFaultScenario
{
    private const string PlanId = "plan-e2e";

    /// <summary>Each HTTP attempt's timeout: the "no answer" fault costs this much once per scenario.</summary>
    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(3);

    private static readonly FaultKind[] Kinds = [FaultKind.AppliedThenInternalError, FaultKind.AppliedThenDrop, FaultKind.AppliedThenTimeout];

    public static async Task RunAsync(string endpointName, SyncDirection direction)
    {
        var endpoint = FaultedEndpoint.Get(endpointName);
        var (crm, google, overlap) = direction switch
        {
            SyncDirection.CrmToGoogle => (1000, 0, 0),
            SyncDirection.GoogleToCrm => (0, 1000, 0),
            _ => (600, 500, 100),
        };
        await using var plan = await EmulatedPlan.StartAsync(
            new EmulatorOptions { ZohoSeedContacts = crm, GoogleSeedContacts = google, OverlappingEmails = overlap, Seed = 1010 },
            requestTimeout: RequestTimeout);

        // No CRM cross-reference field: CRM records made from Google contacts without an email are then found by content only.
        plan.GoogleRefField = null;
        plan.Settings = plan.Settings with
        {
            WriteGoogle = direction != SyncDirection.GoogleToCrm,
            WriteCrm = direction != SyncDirection.CrmToGoogle,
            Deletion = endpoint.Policy,
            MassDeleteThreshold = 0,
        };
        var pairs = crm + google - overlap;
        var expected = new ExpectedCounts
        {
            Crm = plan.Settings.WriteCrm ? pairs : crm,
            GoogleGroup = plan.Settings.WriteGoogle ? pairs : google,
        };

        var first = await plan.RunAsync();
        Assert.Equal(SyncOutcome.Succeeded, first.Outcome);
        AssertNoDuplicates(plan, expected, $"{endpoint.Name}, {direction}, first sync");

        for (var round = 0; round < Kinds.Length; round++)
        {
            var label = $"{endpoint.Name}, {direction}, {Kinds[round]}";
            endpoint.Mutate(new MutationRound(plan, round, expected));
            await RunFaultedAsync(plan, endpoint, Kinds[round], label);
            AssertNoDuplicates(plan, expected, label);

            var next = await plan.RunAsync();
            Assert.True(next.Errors == 0, $"{label}: the next run failed {next.Errors} records: {next.Message}");
            Assert.Empty(await plan.Store.GetFailuresAsync(PlanId, CancellationToken.None));
            var written = next.Crm.Created + next.Crm.Updated + next.Crm.Deleted + next.Google.Created + next.Google.Updated + next.Google.Deleted;
            Assert.True(written == 0, $"{label}: the next run still wrote {written} records: {next.Message}");
            AssertNoDuplicates(plan, expected, label + ", next run");
        }
    }

    private static async Task RunFaultedAsync(EmulatedPlan plan, FaultedEndpoint endpoint, FaultKind kind, string label)
    {
        var before = DataSnapshot.Take(plan.Emulator);
        plan.Emulator.Faults.AppliedThenFail(endpoint.Service, endpoint.Endpoint, kind);
        var result = await plan.RunAsync();
        var after = DataSnapshot.Take(plan.Emulator);
        var leftOver = plan.Emulator.Faults.Rules.Count;
        plan.Emulator.Faults.Clear();

        Assert.True(leftOver == 0, $"{label}: the run never wrote through {endpoint.Endpoint}.");
        Assert.True(result.Outcome == SyncOutcome.Succeeded && result.Errors == 0, $"{label}: {result.Outcome}, {result.Errors} errors: {result.Message}");
        DataSnapshot.AssertCountsAreRealChanges(result, before, after, endpoint.Policy, label);
    }

    /// <summary>Every record exists once: the counts a correct sync leaves, and no CRM id kept by two Google contacts.</summary>
    private static void AssertNoDuplicates(EmulatedPlan plan, ExpectedCounts expected, string label)
    {
        var emulator = plan.Emulator;
        var members = emulator.Google.GetGroupMembers(emulator.Credentials.GoogleContactSyncGroup).Count;
        Assert.True(expected.GoogleGroup == members, $"{label}: the Google group has {members} contacts, {expected.GoogleGroup} expected.");
        var records = emulator.Zoho.Count;
        Assert.True(expected.Crm == records, $"{label}: the CRM has {records} records, {expected.Crm} expected.");
        var doubled = emulator.Google.GetAllContacts()
            .SelectMany(p => p["clientData"]?.AsArray().Where(c => c?["key"]?.ToString() == "contactsync.crmId").Select(c => c!["value"]!.ToString()) ?? [])
            .GroupBy(id => id, StringComparer.Ordinal)
            .Count(g => g.Count() > 1);
        Assert.True(doubled == 0, $"{label}: {doubled} CRM ids are kept by more than one Google contact.");
    }
}
