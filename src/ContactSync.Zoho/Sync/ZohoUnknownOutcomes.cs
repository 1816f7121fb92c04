using System.Text.Json.Nodes;
using ContactSync.Core.Ports;

namespace ContactSync.Zoho.Sync;

/// <summary>
/// Settles Zoho writes whose outcome is unknown (<see cref="ZohoOutcomeUnknownException"/>) with reads that see every
/// applied write: Get Records sorted by Created_Time and the deleted-records list, both bounded by the CRM's own clock
/// (the Date header of the last answer before the write). The search API is not used: its index lags behind new records.
/// </summary>
internal static class ZohoUnknownOutcomes
{
    public const string CreatedTime = "Created_Time";

    /// <summary>
    /// Slack on the CRM clock: the Date header and Created_Time have second precision, If-Modified-Since is exclusive, and
    /// the answering front end may differ from the one that stored the record. Records made by others in this window are read
    /// too and left alone by the matcher.
    /// </summary>
    private static readonly TimeSpan ClockSlack = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Records created at or after <paramref name="sentAfter"/> (less the slack), newest first, reading pages until an older
    /// record comes. Without a known server time only the newest page is read.
    /// </summary>
    public static async Task<IReadOnlyList<JsonObject>> ReadCreatedSinceAsync(ZohoCrmClient client, IReadOnlyList<string> fields, DateTimeOffset? sentAfter,
        CancellationToken cancellationToken)
    {
        var since = sentAfter - ClockSlack;
        var query = new ZohoListQuery { Fields = fields, SortBy = CreatedTime, SortOrder = "desc", ModifiedSince = since };
        var records = new List<JsonObject>();
        await foreach (var page in client.ListContactsAsync(query, cancellationToken))
        {
            var newer = page.Records.Where(r => since is null || !ZohoTime.TryParse(ZohoCrmClient.GetString(r, CreatedTime), out var created) || created >= since).ToList();
            records.AddRange(newer);
            if (since is null || newer.Count < page.Records.Count)
            {
                break;
            }
        }

        return records;
    }

    /// <summary>
    /// After a delete with an unknown outcome: ids in the deleted list since the call are deleted; the others still exist and
    /// are deleted once more (not blind); after a second unknown outcome the deleted list decides.
    /// </summary>
    public static async Task<IReadOnlyList<WriteOutcome>> SettleDeletesAsync(ZohoCrmClient client, IReadOnlyList<string> ids, DateTimeOffset? sentAfter,
        Func<string, ZohoRecordResult, WriteOutcome> toOutcome, CancellationToken cancellationToken)
    {
        var outcomes = new Dictionary<string, WriteOutcome>(StringComparer.Ordinal);
        var remaining = ids.ToList();
        for (var attempt = 0; attempt < 2 && remaining.Count > 0; attempt++)
        {
            var deleted = await DeletedSinceAsync(client, sentAfter, cancellationToken);
            foreach (var id in remaining.Where(deleted.Contains))
            {
                outcomes[id] = new WriteOutcome(id, true, id);
            }

            remaining = remaining.Where(id => !deleted.Contains(id)).ToList();
            if (remaining.Count == 0 || attempt == 1)
            {
                break;
            }

            try
            {
                var results = await client.DeleteContactsAsync(remaining, cancellationToken);
                for (var i = 0; i < remaining.Count; i++)
                {
                    outcomes[remaining[i]] = toOutcome(remaining[i], results[i]);
                }

                remaining.Clear();
            }
            catch (ZohoOutcomeUnknownException)
            {
                // Read the deleted list again.
            }
        }

        foreach (var id in remaining)
        {
            outcomes[id] = new WriteOutcome(id, false, id, Code: "NOT_DELETED", Message: "Zoho did not delete the record after a failed call.");
        }

        return ids.Select(id => outcomes[id]).ToList();
    }

    private static async Task<HashSet<string>> DeletedSinceAsync(ZohoCrmClient client, DateTimeOffset? sentAfter, CancellationToken cancellationToken)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var page in client.ListDeletedContactsAsync(sentAfter - ClockSlack, cancellationToken))
        {
            ids.UnionWith(page.Records.Select(r => r.Id));
        }

        return ids;
    }
}
