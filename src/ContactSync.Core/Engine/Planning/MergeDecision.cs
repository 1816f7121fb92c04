using ContactSync.Core.State;

namespace ContactSync.Core.Engine.Planning;

/// <summary>The result of merging one pair: what to write where, and the snapshot entries each write settles.</summary>
internal sealed class MergeDecision
{
    /// <summary>Google path → value to write.</summary>
    public Dictionary<string, string> ToGoogle { get; } = new(StringComparer.Ordinal);

    /// <summary>CRM field → value to write.</summary>
    public Dictionary<string, string> ToCrm { get; } = new(StringComparer.Ordinal);

    /// <summary>Snapshot entries that hold without any write.</summary>
    public Dictionary<string, FieldSnapshot> Settled { get; } = new(StringComparer.Ordinal);

    /// <summary>Snapshot entries that hold once the Google write succeeds.</summary>
    public Dictionary<string, FieldSnapshot> AfterGoogleWrite { get; } = new(StringComparer.Ordinal);

    /// <summary>Snapshot entries that hold once the CRM write succeeds.</summary>
    public Dictionary<string, FieldSnapshot> AfterCrmWrite { get; } = new(StringComparer.Ordinal);

    /// <summary>Fields written to Google, for plans and explain.</summary>
    public List<FieldChangeInfo> GoogleChanges { get; } = [];

    /// <summary>Fields written to the CRM, for plans and explain.</summary>
    public List<FieldChangeInfo> CrmChanges { get; } = [];

    /// <summary>Fields decided by the conflict option.</summary>
    public int Conflicts { get; set; }

    /// <summary>True when nothing is written.</summary>
    public bool IsNoOp => ToGoogle.Count == 0 && ToCrm.Count == 0;
}
