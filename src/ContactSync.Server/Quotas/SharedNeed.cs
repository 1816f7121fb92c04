using ContactSync.Http.Quotas;

namespace ContactSync.Server.Quotas;

/// <summary>What a call needs of one quota from the database: its units, and (concurrency) the calls this server has in flight.</summary>
internal sealed record SharedNeed(QuotaKey Key, QuotaLimit Limit, long Units, long InFlight);
