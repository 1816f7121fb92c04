using System.Text.Json.Nodes;

namespace ContactSync.Emulators.Zoho;

/// <summary>A list view with optional criteria (schema <c>custom_views</c> of custom_views.json).</summary>
internal sealed record ZohoCustomView(long Id, string Name, string DisplayValue, string? SystemName, bool IsDefault, bool SystemDefined, string Category, JsonObject? Criteria);
