namespace ContactSync.Emulators.Zoho;

/// <summary>The validated parameters of a Get Records call; <see cref="ParamKey"/> is what a page_token is bound to.</summary>
internal sealed record ZohoListParameters(
    List<string>? Fields,
    int PerPage,
    int Page,
    string PageToken,
    string Cvid,
    string SortBy,
    string SortOrder,
    long? Ims,
    HashSet<long>? Ids,
    string ParamKey);
