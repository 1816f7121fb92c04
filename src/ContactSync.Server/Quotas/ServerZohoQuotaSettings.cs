using ContactSync.Http.Quotas;

namespace ContactSync.Server.Quotas;

/// <summary>Section <c>ContactSync:Quotas:Zoho</c>: the org's edition and users (the documented formula), or explicit figures.</summary>
internal sealed class ServerZohoQuotaSettings
{
    /// <summary>The org's edition: Free, Standard (default), Professional, Enterprise or Ultimate.</summary>
    public ZohoCrmEdition Edition { get; set; } = ZohoCrmEdition.Standard;

    /// <summary>The org's CRM users (licences), for the credit formula. Default 1 (the smallest budget of the edition).</summary>
    public int Users { get; set; } = 1;

    /// <summary>Credits per rolling 24 hours instead of the edition's formula (absent: the formula; 0: not paced).</summary>
    public long? CreditsPerDay { get; set; }

    /// <summary>Calls in flight instead of the edition's figure (absent: the edition's; 0: not paced).</summary>
    public int? Concurrency { get; set; }

    /// <summary>"Complex" calls in flight (absent: 10, the documented figure; 0: not paced).</summary>
    public int? SubConcurrency { get; set; }

    /// <summary>Credits of a list-view (cvid) read. Default 1.</summary>
    public int CvidReadCredits { get; set; } = 1;

    /// <summary>Credits of a deleted-records read. Default 1.</summary>
    public int DeletedReadCredits { get; set; } = 1;

    /// <summary>Credits of a COQL call asking ≤ 200, ≤ 1,000 and ≤ 2,000 rows. Default 1, 2, 3 (reference §2.8, unverified for CRM).</summary>
    public int[] CoqlCredits { get; set; } = [1, 2, 3];

    /// <summary>The pacing library's Zoho settings.</summary>
    public ZohoQuotaSettings ToZohoSettings()
    {
        var edition = ZohoQuotaSettings.ForEdition(Edition, Users);
        return edition with
        {
            CreditsPerDay = CreditsPerDay ?? edition.CreditsPerDay,
            Concurrency = Concurrency ?? edition.Concurrency,
            SubConcurrency = SubConcurrency ?? edition.SubConcurrency,
            CvidReadCredits = CvidReadCredits,
            DeletedReadCredits = DeletedReadCredits,
            CoqlCredits = CoqlCredits,
        };
    }
}
