using ContactSync.Core.Mapping;

namespace ContactSync.Google.Sync;

/// <summary>What the Google side of a plan needs: its group and the mapped paths.</summary>
/// <param name="GroupResourceName">The plan's contact group, "contactGroups/…".</param>
/// <param name="Paths">The mapped Google paths (canonical).</param>
/// <param name="TrashGroupName">The quarantine group's name.</param>
public sealed record GooglePortOptions(string GroupResourceName, IReadOnlyList<GoogleFieldPath> Paths, string TrashGroupName = "ContactSync trash")
{
    /// <summary>The clientData key that holds the CRM id.</summary>
    public const string CrmIdKey = "contactsync.crmId";

    /// <summary>How Google's contact-limit refusal is recognised (see <see cref="GoogleContactLimit"/>).</summary>
    public IReadOnlyList<string> ContactLimitMarkers { get; init; } = GoogleContactLimit.DefaultMarkers;
}
