namespace ContactSync.Emulators.Zoho;

/// <summary>An entry of the deleted-records list (recycle bin).</summary>
internal sealed record ZohoDeletedRecord(long Id, string DisplayName, long OwnerId, long CreatedBy, long DeletedBy, long DeletedSec);
