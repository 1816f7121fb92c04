using ContactSync.Http.Pacing;
using ContactSync.Http.Quotas;

namespace ContactSync.Server.Quotas;

/// <summary>
/// The process's quota pacing: one ledger and one pacer for every client (<see cref="QuotaPacer"/> is fair across plans), and
/// each client's <see cref="QuotaPacing"/> with the cost model of what it calls — the Zoho org, or the Google account the client
/// acts as (Google's per-user quotas belong to that account). Null pacing when <see cref="ServerQuotaSettings.Enabled"/> is off.
/// </summary>
internal sealed class ServerQuotas
{
    /// <summary>The pacer's plan of picker, check and connection-test calls (runs use their plan id).</summary>
    public const string CatalogPlan = "catalog";

    /// <summary>The name of the one Zoho org of a deployment in quota keys.</summary>
    public const string ZohoOrg = "default";

    private readonly ZohoQuotaCostModel? _zoho;

    private readonly Func<CancellationToken, Task<IReadOnlyList<QuotaKeyStatus>>>? _statuses;

    public ServerQuotas(QuotaSettings settings, string googleProject, QuotaPacer? pacer, Func<CancellationToken, Task<IReadOnlyList<QuotaKeyStatus>>>? statuses = null)
    {
        _statuses = statuses;
        ArgumentNullException.ThrowIfNull(settings);
        Settings = settings;
        GoogleProject = googleProject;
        Pacer = pacer;
        _zoho = pacer is null ? null : new ZohoQuotaCostModel(settings, ZohoOrg);
    }

    /// <summary>True when calls are paced.</summary>
    public bool Enabled => Pacer is not null;

    /// <summary>The quotas paced by (also without pacing: for predictions).</summary>
    public QuotaSettings Settings { get; }

    /// <summary>The Google project's name in quota keys.</summary>
    public string GoogleProject { get; }

    /// <summary>The pacer (null: not paced).</summary>
    public QuotaPacer? Pacer { get; }

    /// <summary>What Zoho calls cost the org.</summary>
    public ZohoQuotaCostModel ZohoModel => _zoho ?? new ZohoQuotaCostModel(Settings, ZohoOrg);

    /// <summary>What Google calls made as <paramref name="account"/> cost.</summary>
    public GoogleQuotaCostModel GoogleModel(string? account) => new(Settings, AccountKey(account), GoogleProject);

    /// <summary>The pacing of a Zoho client (null: not paced).</summary>
    public QuotaPacing? ForZoho() => Pacer is null ? null : new QuotaPacing(Pacer, ZohoModel);

    /// <summary>The pacing of a Google client acting as <paramref name="account"/> (null: not paced).</summary>
    public QuotaPacing? ForGoogle(string? account) => Pacer is null ? null : new QuotaPacing(Pacer, GoogleModel(account));

    /// <summary>Every quota charged so far, as every server on the database counts it (empty when not paced).</summary>
    public async Task<IReadOnlyList<QuotaKeyStatus>> StatusesAsync(CancellationToken cancellationToken) =>
        _statuses is null ? [] : await _statuses(cancellationToken);

    /// <summary>The account name in quota keys: the email, or "default" for a credential whose account is not known.</summary>
    public static string AccountKey(string? account) => string.IsNullOrWhiteSpace(account) ? "default" : account.Trim();
}
