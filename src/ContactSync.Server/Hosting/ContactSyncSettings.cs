namespace ContactSync.Server.Hosting;

/// <summary>Settings section <c>ContactSync</c> (besides <c>ContactSync:Server</c>).</summary>
internal sealed class ContactSyncSettings
{
    /// <summary>The section name.</summary>
    public const string SectionName = "ContactSync";

    /// <summary>The folder of the SQLite file <c>contactsync.db</c>, relative to the current directory unless absolute.</summary>
    public string DataDirectory { get; set; } = "data";

    /// <summary>The admin key a fresh database gets (<c>csk_&lt;id&gt;_&lt;secret&gt;</c>); when absent one is generated and printed once.</summary>
    public string? BootstrapAdminKey { get; set; }
}
