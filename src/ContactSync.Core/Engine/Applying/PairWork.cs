using ContactSync.Core.Engine.Planning;
using ContactSync.Core.Ports;
using ContactSync.Core.State;

namespace ContactSync.Core.Engine.Applying;

/// <summary>One pair in flight through the applier: the planned writes, and the link as it is being settled by them.</summary>
internal sealed class PairWork
{
    private PairWork(string crmId, string googleName, SyncLink? link, IReadOnlyDictionary<string, FieldSnapshot> snapshot, string etag, string state, string email)
    {
        CrmId = crmId;
        GoogleName = googleName;
        Link = link;
        Etag = etag;
        State = state;
        Snapshot = new Dictionary<string, FieldSnapshot>(snapshot, StringComparer.Ordinal);
        Email = email;
    }

    /// <summary>The CRM id ("" until created).</summary>
    public string CrmId { get; set; }

    /// <summary>The Google resource name ("" until created).</summary>
    public string GoogleName { get; set; }

    /// <summary>The stored link, null for a new pair.</summary>
    public SyncLink? Link { get; }

    /// <summary>The CRM record as read in this run, null when it did not change.</summary>
    public CrmContact? Crm { get; private init; }

    /// <summary>The Google contact as read in this run (or again after a stale etag), null when it did not change.</summary>
    public GoogleContact? Google { get; set; }

    /// <summary>The Google etag the next update is based on.</summary>
    public string Etag { get; set; }

    /// <summary>The Google adapter state the next update is based on.</summary>
    public string State { get; set; }

    /// <summary>The snapshot as settled so far.</summary>
    public Dictionary<string, FieldSnapshot> Snapshot { get; }

    /// <summary>The pair's email (normalised).</summary>
    public string Email { get; }

    /// <summary>The values to write to Google and the snapshot entries they settle.</summary>
    public PlannedWrite? GoogleWrite { get; set; }

    /// <summary>The values to write to the CRM and the snapshot entries they settle.</summary>
    public PlannedWrite? CrmWrite { get; private init; }

    /// <summary>True when the pair had a failing record: it ends once every write of the pair succeeded.</summary>
    public bool ResolvesFailure { get; private init; }

    /// <summary>True when a write of this pair failed in this run.</summary>
    public bool FailedNow { get; set; }

    /// <summary>Writes still outstanding for this pair.</summary>
    public int PendingWrites { get; set; }

    /// <summary>True when an update of this pair failed without an answer: it may have been applied.</summary>
    public bool WriteMayHaveApplied { get; set; }

    /// <summary>How often a stale etag was retried.</summary>
    public int StaleRetries { get; set; }

    public static PairWork For(PlannedPair pair) => new(pair.CrmId, pair.GoogleName, pair.Link, pair.Snapshot, pair.Etag, pair.State, pair.Email)
    {
        Crm = pair.Crm,
        Google = pair.Google,
        GoogleWrite = pair.ToGoogle,
        CrmWrite = pair.ToCrm,
        ResolvesFailure = pair.ResolvesFailure,
    };

    public static PairWork For(PlannedCreate create) => new(create.CrmId, create.GoogleName, null, create.Snapshot, create.Etag, create.State, create.Email)
    {
        Crm = create.Crm,
        Google = create.Google,
        GoogleWrite = create.Target == SideKind.Google ? create.Write : null,
        CrmWrite = create.Target == SideKind.Crm ? create.Write : null,
        ResolvesFailure = create.ResolvesFailure,
    };

    /// <summary>The link as it stands now (both ids must be known).</summary>
    public SyncLink ToLink() => new(CrmId, GoogleName, Etag, State, new Dictionary<string, FieldSnapshot>(Snapshot, StringComparer.Ordinal), Email);
}
