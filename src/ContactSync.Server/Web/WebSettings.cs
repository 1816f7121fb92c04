namespace ContactSync.Server.Web;

/// <summary>Settings section <c>ContactSync:Web</c>: the settings page, its CORS allow-list and the Zoho CRM widget.</summary>
internal sealed class WebSettings
{
    /// <summary>The section name.</summary>
    public const string SectionName = "ContactSync:Web";

    /// <summary>The name of the CORS policy of the gRPC-Web endpoints.</summary>
    public const string CorsPolicyName = "ContactSync.Web";

    /// <summary>Zoho CRM's web domains in every data centre: the pages allowed to frame the settings page (widget mode).</summary>
    public static readonly IReadOnlyList<string> ZohoCrmFrameAncestors =
    [
        "https://*.zoho.com", "https://*.zoho.eu", "https://*.zoho.in", "https://*.zoho.com.au", "https://*.zoho.jp",
        "https://*.zohocloud.ca", "https://*.zoho.com.cn", "https://*.zoho.sa",
    ];

    /// <summary>Whether the server serves the page at all (the built files must exist in <see cref="Root"/>).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The folder of the built page; empty means <c>webapp</c> beside the server dll (where the build puts it).</summary>
    public string Root { get; set; } = "";

    /// <summary>
    /// Origins (scheme://host[:port]) other than the server's own that may call the gRPC-Web endpoints from a browser:
    /// where the Zoho CRM widget is hosted, e.g. <c>https://123456-contactsync.zappsusercontent.com</c>. Empty by default.
    /// </summary>
    public string[] AllowedOrigins { get; set; } = [];

    /// <summary>Pages that may frame the settings page (CSP <c>frame-ancestors</c>); empty means Zoho CRM's domains.</summary>
    public string[] FrameAncestors { get; set; } = [];

    /// <summary>How long a widget ticket is valid.</summary>
    public TimeSpan TicketLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// The server's public base URL (e.g. <c>https://contactsync.example.com</c>) for the widget's Zoho sign-in
    /// redirect; empty means the scheme and host of the sign-in request. Set it behind a reverse proxy.
    /// </summary>
    public string PublicUrl { get; set; } = "";

    /// <summary>The frame ancestors in effect.</summary>
    public IReadOnlyList<string> EffectiveFrameAncestors => FrameAncestors.Length > 0 ? FrameAncestors : ZohoCrmFrameAncestors;

    /// <summary>The folder of the built page in effect.</summary>
    public string EffectiveRoot => Root.Length > 0 ? Path.GetFullPath(Root) : Path.Combine(AppContext.BaseDirectory, "webapp");
}
