using ContactSync.Core.Ports;
using ContactSync.Core.State;

namespace ContactSync.Core.Engine;

/// <summary>One pair in flight through a run: the two records, the decision and the link as it is being settled.</summary>
internal sealed class PairWork
{
    public PairWork(string crmId, string googleName, SyncLink? link)
    {
        CrmId = crmId;
        GoogleName = googleName;
        Link = link;
        Etag = link?.GoogleEtag ?? "";
        State = link?.GoogleState ?? "";
        Snapshot = link is null
            ? new Dictionary<string, FieldSnapshot>(StringComparer.Ordinal)
            : new Dictionary<string, FieldSnapshot>(link.Snapshot, StringComparer.Ordinal);
        Email = link?.Email ?? "";
    }

    /// <summary>The CRM id ("" until created).</summary>
    public string CrmId { get; set; }

    /// <summary>The Google resource name ("" until created).</summary>
    public string GoogleName { get; set; }

    /// <summary>The stored link, null for a new pair.</summary>
    public SyncLink? Link { get; }

    /// <summary>The CRM record as read in this run, null when it did not change.</summary>
    public CrmContact? Crm { get; set; }

    /// <summary>The Google contact as read in this run, null when it did not change.</summary>
    public GoogleContact? Google { get; set; }

    /// <summary>The Google etag the next update is based on.</summary>
    public string Etag { get; set; }

    /// <summary>The Google adapter state the next update is based on.</summary>
    public string State { get; set; }

    /// <summary>The snapshot as settled so far.</summary>
    public Dictionary<string, FieldSnapshot> Snapshot { get; }

    /// <summary>The pair's email (normalised).</summary>
    public string Email { get; set; }

    /// <summary>A name for people.</summary>
    public string DisplayName { get; set; } = "";

    /// <summary>Values to write to Google (path → value) and the snapshot entries they settle.</summary>
    public (IReadOnlyDictionary<string, string> Values, IReadOnlyDictionary<string, FieldSnapshot> After)? GoogleWrite { get; set; }

    /// <summary>Values to write to the CRM (field → value) and the snapshot entries they settle.</summary>
    public (IReadOnlyDictionary<string, string> Values, IReadOnlyDictionary<string, FieldSnapshot> After)? CrmWrite { get; set; }

    /// <summary>True when a write of this pair failed in this run.</summary>
    public bool FailedNow { get; set; }

    /// <summary>Writes still outstanding for this pair.</summary>
    public int PendingWrites { get; set; }

    /// <summary>True when an update of this pair failed without an answer: it may have been applied.</summary>
    public bool WriteMayHaveApplied { get; set; }

    /// <summary>How often a stale etag was retried.</summary>
    public int StaleRetries { get; set; }

    /// <summary>True when the pair had a failure that this run may resolve.</summary>
    public bool HadFailure { get; set; }

    /// <summary>The link as it stands now (both ids must be known).</summary>
    public SyncLink ToLink() => new(CrmId, GoogleName, Etag, State, new Dictionary<string, FieldSnapshot>(Snapshot, StringComparer.Ordinal), Email);
}
