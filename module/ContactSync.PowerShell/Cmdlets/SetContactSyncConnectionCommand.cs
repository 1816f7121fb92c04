using System.Management.Automation;
using System.Security;
using ContactSync.Client.Models;
using ContactSync.PowerShell.Internal;

namespace ContactSync.PowerShell.Cmdlets;

/// <summary>
/// <para type="synopsis">Stores the Zoho CRM or Google credentials on the server (admin key).</para>
/// <para type="description">Set-ContactSyncConnection sends OAuth or service-account credentials to the server, which encrypts them at rest and never returns them. Secrets are taken as SecureStrings (plain strings are converted) or, for a Google service-account key, as the path of the JSON key file. The URL overrides point the server at other endpoints, such as the local emulators.</para>
/// </summary>
/// <example>
/// <code>Set-ContactSyncConnection -Zoho -DataCenter eu -ClientId 1000.ABC -ClientSecret (Read-Host -AsSecureString) -RefreshToken (Read-Host -AsSecureString)</code>
/// <para>Stores Zoho CRM credentials for the EU data centre.</para>
/// </example>
/// <example>
/// <code>Set-ContactSyncConnection -Google -ServiceAccountKeyPath ./sync-sa.json -ImpersonatedUser admin@example.com</code>
/// <para>Stores a Google service account with domain-wide delegation: each plan impersonates its own Google account (admin@example.com is the default).</para>
/// </example>
/// <example>
/// <code>Set-ContactSyncConnection -Google -ClientId 123.apps.googleusercontent.com -ClientSecret (Read-Host -AsSecureString) -RefreshToken (Read-Host -AsSecureString) -GoogleAccount jonas@example.com</code>
/// <para>Adds the refresh token of jonas@example.com's account beside the accounts already stored (user OAuth, one token per account).</para>
/// </example>
[Cmdlet(VerbsCommon.Set, "ContactSyncConnection", SupportsShouldProcess = true, DefaultParameterSetName = ZohoParameterSet)]
[OutputType(typeof(ConnectionInfoRecord))]
public sealed class SetContactSyncConnectionCommand : ContactSyncCmdlet
{
    private const string ZohoParameterSet = "Zoho";
    private const string GoogleKeyFileParameterSet = "GoogleServiceAccountFile";
    private const string GoogleKeyParameterSet = "GoogleServiceAccount";
    private const string GoogleRefreshTokenParameterSet = "GoogleRefreshToken";

    /// <summary>
    /// <para type="description">Stores Zoho CRM credentials.</para>
    /// </summary>
    [Parameter(Mandatory = true, ParameterSetName = ZohoParameterSet)]
    public SwitchParameter Zoho { get; set; }

    /// <summary>
    /// <para type="description">Stores Google credentials.</para>
    /// </summary>
    [Parameter(Mandatory = true, ParameterSetName = GoogleKeyFileParameterSet)]
    [Parameter(Mandatory = true, ParameterSetName = GoogleKeyParameterSet)]
    [Parameter(Mandatory = true, ParameterSetName = GoogleRefreshTokenParameterSet)]
    public SwitchParameter Google { get; set; }

    /// <summary>
    /// <para type="description">Zoho data centre: us, eu, in, au, jp, ca, cn or sa.</para>
    /// </summary>
    [Parameter(ParameterSetName = ZohoParameterSet)]
    [ValidateSet("us", "eu", "in", "au", "jp", "ca", "cn", "sa")]
    public string? DataCenter { get; set; }

    /// <summary>
    /// <para type="description">Zoho: override of the accounts (OAuth) base URL, e.g. an emulator's.</para>
    /// </summary>
    [Parameter(ParameterSetName = ZohoParameterSet)]
    public Uri? AccountsUrl { get; set; }

    /// <summary>
    /// <para type="description">Override of the API base URL (Zoho: the part before /crm/v8; Google: the People API base).</para>
    /// </summary>
    [Parameter]
    public Uri? ApiUrl { get; set; }

    /// <summary>
    /// <para type="description">Google: override of the token endpoint.</para>
    /// </summary>
    [Parameter(ParameterSetName = GoogleKeyFileParameterSet)]
    [Parameter(ParameterSetName = GoogleKeyParameterSet)]
    [Parameter(ParameterSetName = GoogleRefreshTokenParameterSet)]
    public Uri? TokenUrl { get; set; }

    /// <summary>
    /// <para type="description">The OAuth client id.</para>
    /// </summary>
    [Parameter(Mandatory = true, ParameterSetName = ZohoParameterSet)]
    [Parameter(Mandatory = true, ParameterSetName = GoogleRefreshTokenParameterSet)]
    [ValidateNotNullOrEmpty]
    public string? ClientId { get; set; }

    /// <summary>
    /// <para type="description">The OAuth client secret (SecureString or string).</para>
    /// </summary>
    [Parameter(Mandatory = true, ParameterSetName = ZohoParameterSet)]
    [Parameter(Mandatory = true, ParameterSetName = GoogleRefreshTokenParameterSet)]
    [SecureStringTransformation]
    [ValidateNotNull]
    public SecureString? ClientSecret { get; set; }

    /// <summary>
    /// <para type="description">The OAuth refresh token (SecureString or string).</para>
    /// </summary>
    [Parameter(Mandatory = true, ParameterSetName = ZohoParameterSet)]
    [Parameter(Mandatory = true, ParameterSetName = GoogleRefreshTokenParameterSet)]
    [SecureStringTransformation]
    [ValidateNotNull]
    public SecureString? RefreshToken { get; set; }

    /// <summary>
    /// <para type="description">Google: the path of a service account's JSON key file.</para>
    /// </summary>
    [Parameter(Mandatory = true, ParameterSetName = GoogleKeyFileParameterSet)]
    [ValidateNotNullOrEmpty]
    public string? ServiceAccountKeyPath { get; set; }

    /// <summary>
    /// <para type="description">Google: a service account's JSON key itself (SecureString or string).</para>
    /// </summary>
    [Parameter(Mandatory = true, ParameterSetName = GoogleKeyParameterSet)]
    [SecureStringTransformation]
    [ValidateNotNull]
    public SecureString? ServiceAccountKey { get; set; }

    /// <summary>
    /// <para type="description">Google: the Workspace user the service account impersonates.</para>
    /// </summary>
    [Parameter(ParameterSetName = GoogleKeyFileParameterSet)]
    [Parameter(ParameterSetName = GoogleKeyParameterSet)]
    public string? ImpersonatedUser { get; set; }

    /// <summary>
    /// <para type="description">Google refresh token: the account (email) it belongs to. The server keeps one refresh token per account, so storing another account's token adds it (plans sync their own account); without it the token is the connection's unnamed default.</para>
    /// </summary>
    [Parameter(ParameterSetName = GoogleRefreshTokenParameterSet)]
    public string? GoogleAccount { get; set; }

    /// <summary>
    /// <para type="description">Returns the stored connection (without secrets).</para>
    /// </summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    /// <inheritdoc />
    protected override void EndProcessing()
    {
        ConnectionInfoRecord stored;
        if (ParameterSetName == ZohoParameterSet)
        {
            var zoho = new ZohoConnectionSettings
            {
                DataCenter = DataCenter ?? "",
                AccountsUrl = AccountsUrl?.ToString() ?? "",
                ApiUrl = ApiUrl?.ToString() ?? "",
                ClientId = ClientId ?? "",
                ClientSecret = SecureStrings.ToPlainText(ClientSecret),
                RefreshToken = SecureStrings.ToPlainText(RefreshToken),
            };
            if (!ShouldProcess("Zoho CRM connection", "Store credentials")
                || !TryInvoke(ct => Client.SetZohoConnectionAsync(zoho, ct), "Zoho", out stored))
            {
                return;
            }
        }
        else
        {
            var google = new GoogleConnectionSettings
            {
                ServiceAccountJson = ParameterSetName switch
                {
                    GoogleKeyFileParameterSet => ReadKeyFile(),
                    GoogleKeyParameterSet => SecureStrings.ToPlainText(ServiceAccountKey),
                    _ => "",
                },
                RefreshToken = SecureStrings.ToPlainText(RefreshToken),
                ImpersonatedUser = ImpersonatedUser ?? "",
                ClientId = ClientId ?? "",
                ClientSecret = SecureStrings.ToPlainText(ClientSecret),
                TokenUrl = TokenUrl?.ToString() ?? "",
                ApiUrl = ApiUrl?.ToString() ?? "",
                Account = GoogleAccount ?? "",
            };
            if (!ShouldProcess(string.IsNullOrEmpty(GoogleAccount) ? "Google connection" : "Google connection of " + GoogleAccount, "Store credentials")
                || !TryInvoke(ct => Client.SetGoogleConnectionAsync(google, ct), "Google", out stored))
            {
                return;
            }
        }

        if (PassThru)
        {
            WriteObject(stored);
        }
    }

    private string ReadKeyFile()
    {
        var path = GetUnresolvedProviderPathFromPSPath(ServiceAccountKeyPath);
        if (!File.Exists(path))
        {
            ThrowTerminatingError(ErrorRecords.Create(
                ErrorRecords.SecretFileNotFound,
                ErrorCategory.ObjectNotFound,
                ErrorRecords.Format("The service account key file '{0}' does not exist.", path),
                ServiceAccountKeyPath));
        }

        return File.ReadAllText(path);
    }
}
