namespace ContactSync.Zoho;

/// <summary>A Contacts list view (GET /settings/custom_views).</summary>
/// <param name="Id">The view id (cvid).</param>
/// <param name="Name">name.</param>
/// <param name="SystemName">system_name, e.g. ALLVIEWS, or null for user views.</param>
/// <param name="Default">Whether it is the module's default view.</param>
/// <param name="DisplayValue">display_value.</param>
/// <param name="Category">public_views, other_users_views, shared_with_me or created_by_me.</param>
public sealed record ZohoCustomView(string Id, string? Name, string? SystemName, bool Default, string? DisplayValue, string? Category);
