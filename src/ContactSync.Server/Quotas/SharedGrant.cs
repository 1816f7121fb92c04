using ContactSync.Http.Quotas;

namespace ContactSync.Server.Quotas;

/// <summary>
/// The database's answer to a call's needs: every quota granted (a chunk of units or a slot lease per need), or refused with
/// the quotas short of room and the earliest time to ask again.
/// </summary>
internal sealed record SharedGrant(IReadOnlyList<QuotaKey> Blocked, long? RetryAt, IReadOnlyList<(SharedNeed Need, long Units, long Start, long End)> Grants)
{
    public bool Granted => Blocked.Count == 0;
}
