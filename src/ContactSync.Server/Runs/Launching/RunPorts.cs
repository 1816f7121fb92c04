using ContactSync.Core.Ports;
using ContactSync.Server.Quotas;

namespace ContactSync.Server.Runs.Launching;

/// <summary>The engine's ports of one run, built from the stored connections; disposing them releases their clients.</summary>
internal sealed class RunPorts(ICrmContacts crm, IGoogleContacts google, IDisposable? clients, RunQuotaView? quota = null) : IDisposable
{
    /// <summary>The plan's CRM side (its view, fields, user and the owners that user sees).</summary>
    public ICrmContacts Crm { get; } = crm;

    /// <summary>The plan's Google side (its group and paths).</summary>
    public IGoogleContacts Google { get; } = google;

    /// <summary>The Google account the run reads and writes ("" for the connection's unnamed default credential).</summary>
    public string GoogleAccount { get; init; } = "";

    /// <summary>The quotas the run's clients draw on, for its ETA.</summary>
    public RunQuotaView Quota { get; } = quota ?? RunQuotaView.None;

    public void Dispose() => clients?.Dispose();
}
