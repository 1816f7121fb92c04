using ContactSync.Core.State;

namespace ContactSync.Storage.Tests.Sync;

/// <summary>One committed batch of a big first sync: <c>n</c> pairs linked, their records seen, their CRM creates intended.</summary>
internal static class BatchOfRecords
{
    public static StateChanges FirstSync(int n, string etag = "etag-1")
    {
        var changes = new StateChanges();
        for (var i = 0; i < n; i++)
        {
            var (crm, google, email) = ("crm" + i, "people/c" + i, $"p{i}@example.test");
            changes.UpsertLinks.Add(new SyncLink(crm, google, etag, "{}", new Dictionary<string, FieldSnapshot>(StringComparer.Ordinal), email, false));
            changes.UpsertSeen.Add(new SeenRecord(SideKind.Google, google, email, i % 2 == 0 ? null : crm, true));
            changes.AddPending.Add(new PendingCrmCreate(google, email, "Last" + i, "First" + i));
        }

        return changes;
    }
}
