using System.Management.Automation;
using ContactSync.Client;
using ContactSync.Client.Models;
using ContactSync.PowerShell.Completers;
using ContactSync.PowerShell.Internal;

namespace ContactSync.PowerShell.Cmdlets;

/// <summary>
/// <para type="synopsis">Creates a sync plan, or updates one.</para>
/// <para type="description">Set-ContactSyncConfig looks the plan up by -Id, or else by -Name. When it exists, only the parameters given change and the rest stay as stored; otherwise a new plan is created (an empty field map means the default map, absent caps mean 10,000 for the first run and 500 later). The server validates the plan: invalid fields fail with the error id ContactSyncInvalidArgument and name each field in the message.</para>
/// </summary>
/// <example>
/// <code>Set-ContactSyncConfig -Name 'Sales team' -Direction Bidirectional -ConflictWinner Crm -Frequency (New-TimeSpan -Minutes 30) -CrmView 4150868000000087501 -GoogleGroup contactGroups/sales -CrmUser 4150868000000225013</code>
/// <para>Creates a bidirectional plan that runs every 30 minutes.</para>
/// </example>
/// <example>
/// <code>Set-ContactSyncConfig -Name 'Sales team' -FieldMap @{ First_Name = 'names[0].givenName'; Customer_Tier = 'userDefined[Tier]' } -IncrementalCap 1000 -PassThru</code>
/// <para>Replaces the field map and raises the cap of later runs; returns the stored plan.</para>
/// </example>
/// <example>
/// <code>Get-ContactSyncConfig 'Test*' | Set-ContactSyncConfig -Enabled:$false -Frequency Manual</code>
/// <para>Turns off the scheduler for every plan whose name starts with Test.</para>
/// </example>
[Cmdlet(VerbsCommon.Set, "ContactSyncConfig", SupportsShouldProcess = true)]
[OutputType(typeof(SyncPlanInfo))]
public sealed class SetContactSyncConfigCommand : ContactSyncCmdlet
{
    // Enum parameters from ContactSync.Client keep their value in an object field: PowerShell loads this type
    // (GetExportedTypes) before ContactSyncModuleInitializer hooks the dependency resolver, and a value-type
    // field would force ContactSync.Client to load from the default context at that moment.
    private object? _direction;
    private object? _conflictWinner;
    private object? _deletePolicy;

    private IReadOnlyList<FieldMapInfo>? _fieldMap;

    /// <summary>
    /// <para type="description">The plan name (unique, case-insensitive). With -Id, renames the plan.</para>
    /// </summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string Name { get; set; } = "";

    /// <summary>
    /// <para type="description">The id of the plan to update.</para>
    /// </summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [Alias("PlanId")]
    public string? Id { get; set; }

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
    /// <para type="description">The Zoho CRM custom view id whose contacts are in scope (see Get-ContactSyncCrmView).</para>
    /// </summary>
    [Parameter]
    [ArgumentCompleter(typeof(CrmViewCompleter))]
    public string? CrmView { get; set; }

    /// <summary>
    /// <para type="description">The Google contact group resource name whose members are in scope (see Get-ContactSyncGoogleGroup).</para>
    /// </summary>
    [Parameter]
    [ArgumentCompleter(typeof(GoogleGroupCompleter))]
    public string? GoogleGroup { get; set; }

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
    /// <para type="description">The Zoho CRM user id the plan acts for.</para>
    /// </summary>
    [Parameter]
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
    }

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        SyncPlanInfo? existing = null;
        if (!string.IsNullOrEmpty(Id))
        {
            if (!TryInvoke(ct => Client.GetConfigAsync(Id, null, ct), Id, out existing))
            {
                return;
            }
        }
        else
        {
            try
            {
                existing = Client.GetConfigAsync(null, Name, StopToken).GetAwaiter().GetResult();
            }
            catch (ContactSyncClientException ex) when (ex.ErrorId == ContactSyncErrorIds.ConfigNotFound)
            {
                existing = null;
            }
            catch (ContactSyncClientException ex)
            {
                WriteClientError(ex, Name);
                return;
            }
            catch (OperationCanceledException) when (StopToken.IsCancellationRequested)
            {
                throw new PipelineStoppedException();
            }
        }

        var plan = Merge(existing ?? new SyncPlanInfo());
        var action = existing is null ? "Create sync plan" : "Update sync plan";
        if (!ShouldProcess(existing is null ? Name : ErrorRecords.Format("{0} ({1})", existing.Name, existing.Id), action))
        {
            return;
        }

        if (TryInvoke(ct => Client.ConfigureAsync(plan, validateOnly: false, ct), Name, out var result))
        {
            WriteVerbose(ErrorRecords.Format("{0} plan '{1}' ({2}), version {3}.", result.Created ? "Created" : "Updated", result.Plan.Name, result.Plan.Id, result.Plan.Version));
            if (PassThru)
            {
                WriteObject(result.Plan);
            }
        }
    }

    private SyncPlanInfo Merge(SyncPlanInfo plan)
    {
        bool Bound(string name) => MyInvocation.BoundParameters.ContainsKey(name);
        return plan with
        {
            Name = Name,
            Direction = Bound(nameof(Direction)) ? Direction : plan.Direction,
            ConflictWinner = Bound(nameof(ConflictWinner)) ? ConflictWinner : plan.ConflictWinner,
            Frequency = Bound(nameof(Frequency)) ? Frequency : plan.Frequency,
            CrmView = Bound(nameof(CrmView)) ? CrmView ?? "" : plan.CrmView,
            GoogleGroup = Bound(nameof(GoogleGroup)) ? GoogleGroup ?? "" : plan.GoogleGroup,
            FieldMap = _fieldMap ?? plan.FieldMap,
            DeletePolicy = Bound(nameof(DeletePolicy)) ? DeletePolicy : plan.DeletePolicy,
            MassDeleteThreshold = Bound(nameof(MassDeleteThreshold)) ? MassDeleteThreshold : plan.MassDeleteThreshold,
            InitialCap = Bound(nameof(InitialCap)) ? InitialCap : plan.InitialCap,
            IncrementalCap = Bound(nameof(IncrementalCap)) ? IncrementalCap : plan.IncrementalCap,
            Enabled = Bound(nameof(Enabled)) ? Enabled.IsPresent : plan.Enabled,
            EnforceOneWay = Bound(nameof(EnforceOneWay)) ? EnforceOneWay.IsPresent : plan.EnforceOneWay,
            CrmGoogleRefField = Bound(nameof(CrmGoogleRefField)) ? CrmGoogleRefField ?? "" : plan.CrmGoogleRefField,
            CrmUser = Bound(nameof(CrmUser)) ? CrmUser ?? "" : plan.CrmUser,
        };
    }
}
