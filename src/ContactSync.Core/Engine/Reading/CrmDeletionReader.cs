using ContactSync.Core.Ports;

namespace ContactSync.Core.Engine.Reading;

/// <summary>Reads the CRM records deleted since the last run (<c>/Contacts/deleted</c>).</summary>
internal static class CrmDeletionReader
{
    public static async Task<List<CrmDeletion>> ReadAsync(ICrmContacts crm, DateTimeOffset since, CancellationToken cancellationToken)
    {
        var deleted = new List<CrmDeletion>();
        await foreach (var page in crm.ReadDeletedAsync(since, cancellationToken))
        {
            deleted.AddRange(page);
        }

        return deleted;
    }
}
