namespace ContactSync.Server.Requests;

/// <summary>
/// The largest input accepted, before any other check (for admin and user keys alike): absurd sizes are refused at once
/// with <c>INVALID_ARGUMENT</c>, never echoed and never validated item by item. Semantic limits (a plan name has at most
/// 100 characters, …) are checked later and are smaller. The protos document these numbers.
/// </summary>
internal static class RequestLimits
{
    /// <summary>The longest string of a field not listed in <see cref="StringLengths"/>, in UTF-16 code units.</summary>
    public const int DefaultStringLength = 1_000;

    /// <summary>The most entries of a repeated field not listed in <see cref="ListCounts"/>.</summary>
    public const int DefaultListCount = 1_000;

    /// <summary>Longest strings by field name (ids, names, URLs, secrets), in UTF-16 code units.</summary>
    public static readonly IReadOnlyDictionary<string, int> StringLengths = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["id"] = 200,
        ["plan_id"] = 200,
        ["run_id"] = 200,
        ["key_id"] = 200,
        ["crm_user_id"] = 200,
        ["crm_user_ids"] = 200,
        ["crm_view_id"] = 200,
        ["google_group"] = 200,
        ["crm_google_ref_field"] = 200,
        ["crm_field"] = 200,
        ["google_field"] = 300,
        ["name"] = 400,
        ["crm_view_name"] = 400,
        ["google_group_name"] = 400,
        ["page_token"] = 500,
        ["data_center"] = 20,
        ["accounts_url"] = 2_000,
        ["api_url"] = 2_000,
        ["token_url"] = 2_000,
        ["client_id"] = 500,
        ["impersonated_user"] = 320,
        ["google_account"] = 320,
        ["account"] = 320,
        ["client_secret"] = 4_000,
        ["refresh_token"] = 4_000,
        ["service_account_json"] = 16_000,
    };

    /// <summary>Most entries by repeated field name.</summary>
    public static readonly IReadOnlyDictionary<string, int> ListCounts = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["field_mappings"] = Core.Plans.PlanValidator.MaxFieldMappings,
    };

    /// <summary>The longest string of <paramref name="fieldName"/>.</summary>
    public static int MaxLength(string fieldName) => StringLengths.GetValueOrDefault(fieldName, DefaultStringLength);

    /// <summary>The most entries of <paramref name="fieldName"/>.</summary>
    public static int MaxCount(string fieldName) => ListCounts.GetValueOrDefault(fieldName, DefaultListCount);
}
