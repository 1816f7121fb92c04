using System.Management.Automation;
using ContactSync.Client;
using ContactSync.Client.Models;
using ContactSync.PowerShell.Completers;
using ContactSync.PowerShell.Internal;

namespace ContactSync.PowerShell.Cmdlets;

/// <summary>
/// <para type="synopsis">Creates a sync plan, or updates one.</para>
/// <para type="description">Set-ContactSyncConfig looks the plan up by -PlanId, or else by -PlanName. When it exists, only the parameters given change and the rest stay as stored; otherwise a new plan is created (an empty field map means the default map, absent caps mean 10,000 for the first run and 500 later). -CrmView and -GoogleGroup take a name or an id (tab completion lists the names). The server validates the plan: invalid values fail with the error id ContactSyncInvalidArgument and each one is named by its parameter in the message. With -WhatIf the server validates the plan without storing it, so the same errors show before anything changes. Warnings that do not stop the plan (e.g. a Google account near its contact limit) are written as warnings.</para>
/// </summary>
/// <example>
/// <code>Set-ContactSyncConfig -PlanName 'Sales team' -Direction Bidirectional -ConflictWinner Crm -Frequency (New-TimeSpan -Minutes 30) -CrmView 'All Contacts' -GoogleGroup ContactSync -CrmUser 5725767000000411001</code>
/// <para>Creates a bidirectional plan that runs every 30 minutes, for the CRM view and the Google group named (the CRM user is the bundled emulators' administrator).</para>
/// </example>
/// <example>
/// <code>Set-ContactSyncConfig -PlanName 'Sales team' -FieldMap @{ First_Name = 'names[0].givenName'; Last_Name = 'names[0].familyName'; Email = 'emailAddresses[type=work]'; Customer_Tier = 'userDefined[Customer tier]' } -IncrementalCap 1000 -PassThru</code>
/// <para>Replaces the field map (it must keep Email = emailAddresses[type=work], which matching relies on) and raises the cap of later runs; returns the stored plan.</para>
/// </example>
/// <example>
/// <code>Set-ContactSyncConfig -PlanName 'Sales team' -ConflictWinner Google -WhatIf</code>
/// <para>Asks the server to validate the change without storing it.</para>
/// </example>
/// <example>
/// <code>Get-ContactSyncConfig 'Test*' | Set-ContactSyncConfig -Enabled:$false -Frequency Manual</code>
/// <para>Turns off the scheduler for every plan whose name starts with Test.</para>
/// </example>
/// <example>
/// <code>Get-ContactSyncCrmUser -Role 'Sales Representative' | Set-ContactSyncConfig -Template @{ Name = 'Sales – {email}'; Direction = 'Bidirectional'; ConflictWinner = 'Crm'; Frequency = '00:30:00'; CrmView = 'All Contacts'; GoogleGroup = 'ContactSync' } -WhatIf</code>
/// <para>Shows the plan every sales representative would get, each on their own Google account (a missing ContactSync group would be created there); users without the CRM permissions are reported as errors. Without -WhatIf the plans are stored (admin key).</para>
/// </example>
[Cmdlet(VerbsCommon.Set, "ContactSyncConfig", SupportsShouldProcess = true, DefaultParameterSetName = PlanParameterSet)]
[OutputType(typeof(SyncPlanInfo), ParameterSetName = [PlanParameterSet])]
[OutputType(typeof(RollOutResultInfo), ParameterSetName = [RollOutParameterSet])]
public sealed partial class SetContactSyncConfigCommand : ContactSyncCmdlet
{
    private const string PlanParameterSet = "Plan";
    private const string RollOutParameterSet = "RollOut";

    // Enum parameters from ContactSync.Client keep their value in an object field: PowerShell loads this type
    // (GetExportedTypes) before ContactSyncModuleInitializer hooks the dependency resolver, and a value-type
    // field would force ContactSync.Client to load from the default context at that moment.
    private object? _direction;
    private object? _conflictWinner;
    private object? _deletePolicy;

    private readonly List<string> _rollOutUsers = [];
    private IReadOnlyList<FieldMapInfo>? _fieldMap;
    private PlanTemplateInfo? _template;
    private bool _listFailed;

    /// <summary>
    /// <para type="description">The plan name (unique, case-insensitive). With -PlanId, renames the plan. With -Template, the name every plan gets: {email}, {name} and {id} are replaced per CRM user.</para>
    /// </summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true, ParameterSetName = PlanParameterSet)]
    [Parameter(ParameterSetName = RollOutParameterSet)]
    [Alias("Name")]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(PlanNameCompleter))]
    public string PlanName { get; set; } = "";

    /// <summary>
    /// <para type="description">The id of the plan to update.</para>
    /// </summary>
    [Parameter(ValueFromPipelineByPropertyName = true, ParameterSetName = PlanParameterSet)]
    [Alias("Id")]
    public string? PlanId { get; set; }

    /// <summary>
    /// <para type="description">Gives a plan to every CRM user piped in (Get-ContactSyncCrmUser | Set-ContactSyncConfig -Template …; admin key): a hashtable of this command's settings — Name, Direction, ConflictWinner, Frequency, CrmView and GoogleGroup by name, FieldMap, DeletePolicy, MassDeleteThreshold, InitialCap, IncrementalCap, Enabled, EnforceOneWay, CrmGoogleRefField, NearRealTime — which the parameters given beside it override. Each plan syncs its user's own Google account; the view is looked up among that user's views and the group in that user's account (created when missing). Users without the CRM permissions are reported as errors (ContactSyncCrmPermissionMissing), never skipped silently. -WhatIf shows the plans without storing anything.</para>
    /// </summary>
    [Parameter(Mandatory = true, ParameterSetName = RollOutParameterSet)]
    public object? Template { get; set; }

    /// <summary>
    /// <para type="description">Which way contacts flow: Bidirectional, CrmToGoogle or GoogleToCrm.</para>
    /// </summary>
    [Parameter]
    public SyncDirection Direction
    {
        get => _direction is SyncDirection value ? value : SyncDirection.Bidirectional;
        set => _direction = value;
    }

    /// <summary>
    /// <para type="description">Which side wins a field changed on both sides: Crm or Google. Required for bidirectional plans.</para>
    /// </summary>
    [Parameter]
    public ConflictWinner ConflictWinner
    {
        get => _conflictWinner is ConflictWinner value ? value : ConflictWinner.Crm;
        set => _conflictWinner = value;
    }

    /// <summary>
    /// <para type="description">How often the plan runs by itself: a TimeSpan of at least 5 minutes, or Manual.</para>
    /// </summary>
    [Parameter]
    [FrequencyTransformation]
    public TimeSpan Frequency { get; set; }

    /// <summary>
    /// <para type="description">The Zoho CRM custom view whose contacts are in scope: its name (e.g. 'Gold Customers') or its id (see Get-ContactSyncCrmView; tab completion lists the names). A name matching several views is an error that lists them.</para>
    /// </summary>
    [Parameter]
    [ArgumentCompleter(typeof(CrmViewCompleter))]
    public string? CrmView { get; set; }

    /// <summary>
    /// <para type="description">The Google contact group whose members are in scope: its name (e.g. ContactSync) or its resource name contactGroups/... (see Get-ContactSyncGoogleGroup; tab completion lists the names).</para>
    /// </summary>
    [Parameter]
    [ArgumentCompleter(typeof(GoogleGroupCompleter))]
    public string? GoogleGroup { get; set; }

    /// <summary>
    /// <para type="description">The Google account (email) the plan syncs. Default for a new plan: the CRM user's email. Only an admin key may give a plan another user's account. -GoogleGroup names a group of this account (tab completion lists the accounts).</para>
    /// </summary>
    [Parameter(ParameterSetName = PlanParameterSet)]
    [ArgumentCompleter(typeof(GoogleAccountCompleter))]
    public string? GoogleAccount { get; set; }

    /// <summary>
    /// <para type="description">The field map: a hashtable of CrmField = GoogleField pairs, or objects with CrmField, GoogleField and optional Direction (Both, CrmToGoogle, GoogleToCrm). An empty map means the default map.</para>
    /// </summary>
    [Parameter]
    [AllowEmptyCollection]
    public object[]? FieldMap { get; set; }

    /// <summary>
    /// <para type="description">What a deletion on one side does to the other: Keep, Propagate or Quarantine.</para>
    /// </summary>
    [Parameter]
    public DeletePolicy DeletePolicy
    {
        get => _deletePolicy is DeletePolicy value ? value : DeletePolicy.Keep;
        set => _deletePolicy = value;
    }

    /// <summary>
    /// <para type="description">The mass-deletion breaker: a run that would delete more records than this pauses first (0 turns it off).</para>
    /// </summary>
    [Parameter]
    [ValidateRange(0, int.MaxValue)]
    public int MassDeleteThreshold { get; set; }

    /// <summary>
    /// <para type="description">The most contacts the first run processes (0 = no cap; default 10,000).</para>
    /// </summary>
    [Parameter]
    [ValidateRange(0, int.MaxValue)]
    public int InitialCap { get; set; }

    /// <summary>
    /// <para type="description">The most contacts each later run processes (0 = no cap; default 500).</para>
    /// </summary>
    [Parameter]
    [ValidateRange(0, int.MaxValue)]
    public int IncrementalCap { get; set; }

    /// <summary>
    /// <para type="description">Whether the scheduler runs the plan at its -Frequency (-Enabled:$false turns it off). New plans are
    /// not scheduled unless -Enabled is given (the API's default). The first scheduled run of a new or changed plan is one
    /// interval after it was saved, so it can be previewed first (Start-ContactSync -WhatIf).</para>
    /// </summary>
    [Parameter]
    public SwitchParameter Enabled { get; set; }

    /// <summary>
    /// <para type="description">One-way plans: also overwrite target-side edits of mapped fields at once.</para>
    /// </summary>
    [Parameter]
    public SwitchParameter EnforceOneWay { get; set; }

    /// <summary>
    /// <para type="description">A CRM field API name that stores the Google resource name as a durable cross-reference.</para>
    /// </summary>
    [Parameter]
    public string? CrmGoogleRefField { get; set; }

    /// <summary>
    /// <para type="description">Near-real-time (-NearRealTime:$false turns it off): while the plan is enabled, Zoho CRM notifies the
    /// server of contact changes and the server polls the Google account every 20-60 seconds, so edits sync within seconds
    /// (CRM) or a minute (Google). Needs -Frequency: the scheduled runs catch what a lost notification did not bring.
    /// With -Template, every plan rolled out gets it.</para>
    /// </summary>
    [Parameter]
    public SwitchParameter NearRealTime { get; set; }

    /// <summary>
    /// <para type="description">The Zoho CRM user id the plan acts for. With -Template, the CRM users to give a plan, usually piped in from Get-ContactSyncCrmUser.</para>
    /// </summary>
    [Parameter(ParameterSetName = PlanParameterSet)]
    [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true, ParameterSetName = RollOutParameterSet)]
    [Alias("CrmUserId")]
    public string? CrmUser { get; set; }

    /// <summary>
    /// <para type="description">Returns the stored plan.</para>
    /// </summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    /// <inheritdoc />
    protected override void BeginProcessing()
    {
        base.BeginProcessing();
        if (FieldMap is not null)
        {
            try
            {
                _fieldMap = FieldMapConverter.Convert(FieldMap);
            }
            catch (ArgumentException ex)
            {
                ThrowTerminatingError(new ErrorRecord(ex, ErrorRecords.InvalidFieldMap, ErrorCategory.InvalidArgument, FieldMap));
            }
        }

        if (ParameterSetName == RollOutParameterSet)
        {
            try
            {
                _template = ApplyParameters(PlanTemplateConverter.Convert(Template));
            }
            catch (ArgumentException ex)
            {
                ThrowTerminatingError(new ErrorRecord(ex, ErrorRecords.InvalidTemplate, ErrorCategory.InvalidArgument, Template));
            }
        }
    }

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        if (ParameterSetName == RollOutParameterSet)
        {
            if (!string.IsNullOrWhiteSpace(CrmUser) && !_rollOutUsers.Contains(CrmUser!.Trim(), StringComparer.Ordinal))
            {
                _rollOutUsers.Add(CrmUser.Trim());
            }

            return;
        }

        if (!TryReadExisting(out var existing))
        {
            return;
        }

        var plan = Merge(existing ?? new SyncPlanInfo());
        if (!TryResolveScope(ref plan))
        {
            return;
        }

        var action = existing is null ? "Create sync plan" : "Update sync plan";
        var target = existing is null ? PlanName : ErrorRecords.Format("{0} ({1})", existing.Name, existing.Id);
        if (IsWhatIf())
        {
            // -WhatIf asks the server to validate the plan without storing it, so its errors show now.
            if (TryInvoke(ct => Client.ConfigureAsync(plan, validateOnly: true, ct), PlanName, out var checkedPlan))
            {
                WriteWarnings(checkedPlan);
                ShouldProcess(target + " (the server accepted it)", action);
            }

            return;
        }

        if (ShouldProcess(target, action) && TryInvoke(ct => Client.ConfigureAsync(plan, validateOnly: false, ct), PlanName, out var result))
        {
            WriteVerbose(ErrorRecords.Format("{0} plan '{1}' ({2}), version {3}.", result.Created ? "Created" : "Updated", result.Plan.Name, result.Plan.Id, result.Plan.Version));
            WriteWarnings(result);
            if (PassThru)
            {
                WriteObject(PlanScopeNames.Fill(result.Plan, Client, StopToken));
            }
        }
    }

    /// <inheritdoc />
    protected override void EndProcessing()
    {
        if (ParameterSetName == RollOutParameterSet)
        {
            TemplateRollOut.Run(this, _template!, _rollOutUsers, PassThru);
        }
    }

    /// <summary>The plan to update (by -PlanId, else by -PlanName), or null for a new plan; false after an error.</summary>
    private bool TryReadExisting(out SyncPlanInfo? existing)
    {
        existing = null;
        if (!string.IsNullOrEmpty(PlanId))
        {
            return TryInvoke(ct => Client.GetConfigAsync(PlanId, null, ct), PlanId, out existing);
        }

        try
        {
            existing = Client.GetConfigAsync(null, PlanName, StopToken).GetAwaiter().GetResult();
        }
        catch (ContactSyncClientException ex) when (ex.ErrorId == ContactSyncErrorIds.ConfigNotFound)
        {
            existing = null;
        }
        catch (ContactSyncClientException ex)
        {
            WriteClientError(ex, PlanName);
            return false;
        }
        catch (OperationCanceledException) when (StopToken.IsCancellationRequested)
        {
            throw new PipelineStoppedException();
        }

        return true;
    }

    /// <summary>Turns view and group names into ids with the picker RPCs; false after an error.</summary>
    private bool TryResolveScope(ref SyncPlanInfo plan)
    {
        _listFailed = false;
        var crmUser = plan.CrmUser;
        var googleAccount = plan.GoogleAccount;
        var view = PickerResolver.ResolveCrmView(() => List(ct => Client.ListCrmViewsAsync(crmUser, ct), CrmView), plan.CrmView, out var viewError);
        var group = PickerResolver.ResolveGoogleGroup(
            () => List(ct => Client.ListGoogleGroupsAsync(GoogleAccounts.For(Client, googleAccount, crmUser, ct), ct), GoogleGroup), plan.GoogleGroup, out var groupError);
        if (_listFailed)
        {
            return false; // the failed picker call wrote its error; "no such name" would only repeat it
        }

        foreach (var error in new[] { viewError, groupError }.Where(e => e is not null))
        {
            WriteError(error!);
        }

        plan = plan with { CrmView = view, GoogleGroup = group };
        return viewError is null && groupError is null;
    }

    private IReadOnlyList<T> List<T>(Func<CancellationToken, Task<IReadOnlyList<T>>> call, object? target)
    {
        if (TryInvoke(call, target, out var items))
        {
            return items;
        }

        _listFailed = true;
        return Array.Empty<T>();
    }

    private void WriteWarnings(ConfigureResultInfo result)
    {
        foreach (var warning in result.Warnings)
        {
            WriteWarning(ModuleWording.Text(warning.ToString()));
        }
    }
}
