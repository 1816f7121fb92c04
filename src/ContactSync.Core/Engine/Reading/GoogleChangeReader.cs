using ContactSync.Core.Engine.Planning;
using ContactSync.Core.Ports;

namespace ContactSync.Core.Engine.Reading;

/// <summary>
/// Reads the Google changes of a run into an indexed snapshot: every contact (first runs, full runs, no token) or the
/// changes since the sync token. An expired token falls back to a full read, reconciled through the links, so nothing is
/// duplicated.
/// </summary>
internal static class GoogleChangeReader
{
    /// <summary>The changes and the sync token for the next run.</summary>
    public static async Task<(GoogleChanges Changes, string? NextSyncToken)> ReadAsync(IGoogleContacts google, string? syncToken, RunProgress progress, CancellationToken cancellationToken)
    {
        var changes = new GoogleChanges();
        try
        {
            return (changes, await ReadPagesAsync(google, syncToken, changes, progress, cancellationToken));
        }
        catch (SyncTokenExpiredException)
        {
            changes.Clear();
            progress.Total = 0;
            progress.Report("Google sync token expired: reading every contact again");
            return (changes, await ReadPagesAsync(google, null, changes, progress, cancellationToken));
        }
    }

    private static async Task<string?> ReadPagesAsync(IGoogleContacts google, string? syncToken, GoogleChanges changes, RunProgress progress, CancellationToken cancellationToken)
    {
        string? next = null;
        await foreach (var page in google.ReadAsync(syncToken, cancellationToken))
        {
            foreach (var contact in page.Contacts)
            {
                changes.Add(contact);
            }

            progress.Total += page.Contacts.Count;
            next = page.NextSyncToken ?? next;
            progress.Report($"Read {changes.Count} Google changes");
        }

        return next;
    }
}
