namespace ContactSync.Core.Engine.Planning;

/// <summary>
/// What the planner has settled so far in a run, so no record is decided twice: CRM records examined, records paired
/// by matching or by an intent (claimed), Google changes dealt with, and records whose pair a deletion or an unresolved
/// intent took out of this run (skipped).
/// </summary>
internal sealed class PlanningLedger
{
    private readonly HashSet<string> _examinedCrm = new(StringComparer.Ordinal);
    private readonly HashSet<string> _claimedCrm = new(StringComparer.Ordinal);
    private readonly HashSet<string> _claimedGoogle = new(StringComparer.Ordinal);
    private readonly HashSet<string> _handledGoogle = new(StringComparer.Ordinal);
    private readonly HashSet<string> _skippedCrm = new(StringComparer.Ordinal);
    private readonly HashSet<string> _skippedGoogle = new(StringComparer.Ordinal);

    /// <summary>CRM records paired in this run.</summary>
    public IReadOnlySet<string> ClaimedCrm => _claimedCrm;

    /// <summary>Google contacts paired in this run.</summary>
    public IReadOnlySet<string> ClaimedGoogle => _claimedGoogle;

    /// <summary>CRM records out of this run.</summary>
    public IReadOnlySet<string> SkippedCrm => _skippedCrm;

    /// <summary>True the first time a CRM record is examined (a record read twice is decided once).</summary>
    public bool Admit(string crmId) => _examinedCrm.Add(crmId);

    /// <summary>True the first time a Google change is dealt with.</summary>
    public bool Handle(string resourceName) => _handledGoogle.Add(resourceName);

    public void ClaimCrm(string crmId) => _claimedCrm.Add(crmId);

    /// <summary>Pairs a Google contact: claimed and dealt with.</summary>
    public void ClaimGoogle(string resourceName)
    {
        _claimedGoogle.Add(resourceName);
        _handledGoogle.Add(resourceName);
    }

    public void SkipCrm(string crmId) => _skippedCrm.Add(crmId);

    public void SkipGoogle(string resourceName) => _skippedGoogle.Add(resourceName);

    /// <summary>True when a record is out of this run or already paired.</summary>
    public bool IsSettledCrm(string crmId) => _skippedCrm.Contains(crmId) || _claimedCrm.Contains(crmId);

    /// <summary>True when a Google change has been dealt with, paired or taken out of the run.</summary>
    public bool IsSettledGoogle(string resourceName) =>
        _handledGoogle.Contains(resourceName) || _skippedGoogle.Contains(resourceName) || _claimedGoogle.Contains(resourceName);
}
