namespace ContactSync.Zoho;

/// <summary>Maps a Zoho data centre code to its API domain and accounts server.</summary>
public static class ZohoDataCenters
{
    private static readonly Dictionary<string, ZohoEndpoints> Map = new(StringComparer.OrdinalIgnoreCase)
    {
        ["us"] = new("https://www.zohoapis.com", "https://accounts.zoho.com"),
        ["eu"] = new("https://www.zohoapis.eu", "https://accounts.zoho.eu"),
        ["in"] = new("https://www.zohoapis.in", "https://accounts.zoho.in"),
        ["au"] = new("https://www.zohoapis.com.au", "https://accounts.zoho.com.au"),
        ["jp"] = new("https://www.zohoapis.jp", "https://accounts.zoho.jp"),
        ["ca"] = new("https://www.zohoapis.ca", "https://accounts.zohocloud.ca"),
        ["cn"] = new("https://www.zohoapis.com.cn", "https://accounts.zoho.com.cn"),
        ["sa"] = new("https://www.zohoapis.sa", "https://accounts.zoho.sa"),
    };

    /// <summary>The known data centre codes.</summary>
    public static IReadOnlyCollection<string> Codes => Map.Keys;

    /// <summary>Returns the endpoints of <paramref name="dataCenter"/>.</summary>
    /// <exception cref="ArgumentException">The code is unknown.</exception>
    public static ZohoEndpoints Get(string dataCenter)
    {
        ArgumentException.ThrowIfNullOrEmpty(dataCenter);
        if (!Map.TryGetValue(dataCenter, out var endpoints))
        {
            throw new ArgumentException($"Unknown Zoho data centre '{dataCenter}'. Known: {string.Join(", ", Map.Keys)}.", nameof(dataCenter));
        }

        return endpoints;
    }
}
