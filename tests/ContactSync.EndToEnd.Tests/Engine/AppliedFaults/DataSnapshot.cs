using System.Text.Json.Nodes;
using ContactSync.Core.Engine;
using ContactSync.Core.Plans;
using ContactSync.Emulators;

namespace ContactSync.EndToEnd.Tests.Engine.AppliedFaults;

/// <summary>Every record of both emulators as a content fingerprint (ids → JSON without clocks and etags).</summary>
internal sealed record DataSnapshot(IReadOnlyDictionary<string, string> Crm, IReadOnlyDictionary<string, string> Google)
{
    private static readonly string[] CrmVolatile = ["Modified_Time", "Modified_By", "Last_Activity_Time"];
    private static readonly string[] GoogleVolatile = ["etag", "metadata"];

    public static DataSnapshot Take(EmulatorHost emulator) => new(
        emulator.Zoho.GetAllRecords().ToDictionary(r => r["id"]!.ToString(), r => Fingerprint(r, CrmVolatile), StringComparer.Ordinal),
        emulator.Google.GetAllContacts().ToDictionary(p => p["resourceName"]!.ToString(), p => Fingerprint(p, GoogleVolatile), StringComparer.Ordinal));

    /// <summary>
    /// Asserts that a run's counts are the records that really changed between two snapshots: created = new ids, deleted =
    /// ids gone, updated = content changed. Quarantine changes a record (tag / group membership) and is counted as deleted.
    /// </summary>
    public static void AssertCountsAreRealChanges(SyncRunResult result, DataSnapshot before, DataSnapshot after, DeletionPolicy policy, string label)
    {
        AssertSide(result.Crm, Diff(before.Crm, after.Crm), policy, label + ", CRM");
        AssertSide(result.Google, Diff(before.Google, after.Google), policy, label + ", Google");
    }

    private static void AssertSide(SideTally tally, (int Created, int Updated, int Deleted) real, DeletionPolicy policy, string label)
    {
        var reported = policy == DeletionPolicy.Quarantine
            ? (tally.Created, tally.Updated + tally.Deleted, 0)
            : (tally.Created, tally.Updated, tally.Deleted);
        Assert.True(reported == real, $"{label}: the run reported (created, updated, deleted) = {reported}, the service changed {real}.");
    }

    private static (int Created, int Updated, int Deleted) Diff(IReadOnlyDictionary<string, string> before, IReadOnlyDictionary<string, string> after)
    {
        var created = after.Keys.Count(k => !before.ContainsKey(k));
        var deleted = before.Keys.Count(k => !after.ContainsKey(k));
        var updated = after.Count(kv => before.TryGetValue(kv.Key, out var old) && old != kv.Value);
        return (created, updated, deleted);
    }

    private static string Fingerprint(JsonObject record, string[] volatileKeys)
    {
        var copy = (JsonObject)record.DeepClone();
        foreach (var key in volatileKeys)
        {
            copy.Remove(key);
        }

        return copy.ToJsonString();
    }
}
