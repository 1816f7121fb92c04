namespace ContactSync.Http.Quotas;

/// <summary>Zoho CRM calls as <see cref="QuotaRequest"/>s, for <see cref="QuotaWorkload"/> (paths as the client sends them).</summary>
public static class ZohoQuotaCalls
{
    /// <summary>A page of Get Records (a list view's when <paramref name="customView"/>).</summary>
    public static QuotaRequest ListPage(bool customView = false) => new("GET", "/crm/v8/Contacts", customView ? "?cvid=1" : "");

    /// <summary>A COQL query asking <paramref name="limit"/> rows (its credits depend on the LIMIT, not on the rows returned).</summary>
    public static QuotaRequest Query(int limit) => new("POST", "/crm/v8/coql", "", limit);

    /// <summary>The rows a COQL <c>select_query</c> asks (its LIMIT; 200 without one): what its credits depend on.</summary>
    public static int RowsAsked(string selectQuery) => QuotaRecordCounter.CoqlLimit(selectQuery ?? "");

    /// <summary>A page of deleted records.</summary>
    public static QuotaRequest DeletedPage() => new("GET", "/crm/v8/Contacts/deleted");

    /// <summary>An insert of <paramref name="records"/> records (at most 100).</summary>
    public static QuotaRequest Insert(int records) => new("POST", "/crm/v8/Contacts", "", records);

    /// <summary>An update of <paramref name="records"/> records (at most 100).</summary>
    public static QuotaRequest Update(int records) => new("PUT", "/crm/v8/Contacts", "", records);

    /// <summary>A delete of up to 100 records.</summary>
    public static QuotaRequest Delete() => new("DELETE", "/crm/v8/Contacts", "?ids=1");
}
