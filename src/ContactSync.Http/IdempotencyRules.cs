namespace ContactSync.Http;

/// <summary>
/// The one statement of which Zoho CRM and Google People calls may be sent again after a failure that does not tell
/// whether the service applied them (a 5xx, a dropped connection, a timed-out attempt): those whose repeat cannot change
/// more than the first attempt would have. Reads (GET, also as POST with <c>X-HTTP-Method-Override: GET</c>) always; of the
/// writes only those in <see cref="RepeatableWrites"/>. Every other write — Zoho <c>POST /Contacts</c>, <c>POST /Contacts/upsert</c>
/// and <c>DELETE /Contacts</c>; Google <c>createContact</c>, <c>batchCreateContacts</c>, <c>updateContact</c>,
/// <c>batchUpdateContacts</c>, <c>deleteContact</c>, <c>batchDeleteContacts</c> and <c>contactGroups.create</c> — is repeated
/// only after 429, which both services answer before applying anything; its other failures leave the outcome unknown.
/// A write that is not listed is treated as not repeatable, the safe side.
/// </summary>
public static class IdempotencyRules
{
    /// <summary>The writes a repeat leaves as the first attempt would have, matched by method and the end of the URL path.</summary>
    internal static readonly RepeatableWrite[] RepeatableWrites =
    [
        new("POST", "/oauth/v2/token", "Zoho access-token refresh: a second refresh only gives another token."),
        new("POST", "/token", "Google OAuth token (refresh-token or service-account grant): a second request only gives another token."),
        new("POST", "/crm/v8/coql", "Zoho COQL query: a read sent as POST; repeating it changes nothing."),
        new("PUT", "/crm/v8/Contacts", "Zoho update by id: the same values written twice leave the same record."),
        new("POST", "/crm/v8/Contacts/actions/add_tags", "Zoho add tags (over_write false): a tag added twice is there once."),
        new("POST", "/members:modify", "Google contactGroups.members.modify: adding or removing a member twice leaves the same group."),
    ];

    /// <summary>True when <paramref name="request"/> may be sent again after a failure that may follow its application.</summary>
    public static bool IsSafeToRepeat(HttpRequestMessage request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return IsSafeToRepeat(EffectiveMethod(request), request.RequestUri?.AbsolutePath ?? "");
    }

    /// <summary>True when a call with <paramref name="method"/> to <paramref name="path"/> (the URL's path, no query) may be sent again.</summary>
    public static bool IsSafeToRepeat(string method, string path)
    {
        ArgumentNullException.ThrowIfNull(method);
        ArgumentNullException.ThrowIfNull(path);
        if (IsRead(method))
        {
            return true;
        }

        foreach (var write in RepeatableWrites)
        {
            if (write.Matches(method, path))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The method the service acts on: the <c>X-HTTP-Method-Override</c> header's when present (Google's long GETs), else the request's.</summary>
    public static string EffectiveMethod(HttpRequestMessage request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Headers.TryGetValues("X-HTTP-Method-Override", out var values) && values.FirstOrDefault() is { Length: > 0 } overridden
            ? overridden
            : request.Method.Method;
    }

    private static bool IsRead(string method) =>
        string.Equals(method, "GET", StringComparison.OrdinalIgnoreCase) || string.Equals(method, "HEAD", StringComparison.OrdinalIgnoreCase);
}
