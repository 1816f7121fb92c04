namespace ContactSync.Http.Quotas;

/// <summary>People API calls as <see cref="QuotaRequest"/>s, for <see cref="QuotaWorkload"/> (paths as the client sends them).</summary>
public static class GoogleQuotaCalls
{
    /// <summary>A page of connections.list; <paramref name="firstPageOfFullSync"/> for the first page of a full sync.</summary>
    public static QuotaRequest ListPage(bool firstPageOfFullSync = false) =>
        new("GET", "/v1/people/me/connections", firstPageOfFullSync ? "?requestSyncToken=true" : "?pageToken=next");

    /// <summary>batchCreateContacts of <paramref name="contacts"/> contacts (at most 200).</summary>
    public static QuotaRequest BatchCreate(int contacts) => new("POST", "/v1/people:batchCreateContacts", "", contacts);

    /// <summary>batchUpdateContacts of <paramref name="contacts"/> contacts (at most 200).</summary>
    public static QuotaRequest BatchUpdate(int contacts) => new("POST", "/v1/people:batchUpdateContacts", "", contacts);

    /// <summary>batchDeleteContacts (up to 500 names).</summary>
    public static QuotaRequest BatchDelete() => new("POST", "/v1/people:batchDeleteContacts");

    /// <summary>contactGroups.members.modify (up to 1000 names).</summary>
    public static QuotaRequest ModifyMembers() => new("POST", "/v1/contactGroups/group/members:modify");

    /// <summary>A page of contactGroups.list.</summary>
    public static QuotaRequest ListGroups() => new("GET", "/v1/contactGroups");
}
