using ContactSync.Core.Engine;
using ContactSync.Core.Engine.Planning;
using ContactSync.Core.Mapping;
using ContactSync.Core.Ports;
using ContactSync.Core.State;

namespace ContactSync.Core.Tests.Engine.Planning;

/// <summary>One mapped field of one pair for <see cref="FieldMerger"/>: the mapping, the two records and the snapshot.</summary>
internal static class FieldMergeCase
{
    public const string TitleField = "Title";

    public const string TitlePath = "organizations[0].title";

    public static ResolvedMapping Both(string crmField = TitleField, string googlePath = TitlePath) => new(crmField, GoogleFieldPath.Parse(googlePath), ToGoogle: true, ToCrm: true);

    public static ResolvedMapping CrmToGoogle(string crmField = TitleField, string googlePath = TitlePath) => new(crmField, GoogleFieldPath.Parse(googlePath), ToGoogle: true, ToCrm: false);

    public static ResolvedMapping GoogleToCrm(string crmField = TitleField, string googlePath = TitlePath) => new(crmField, GoogleFieldPath.Parse(googlePath), ToGoogle: false, ToCrm: true);

    public static CrmContact CrmWith(ResolvedMapping mapping, string value) => CrmWith((mapping.CrmField, value));

    public static CrmContact CrmWith(params (string Field, string Value)[] values) =>
        new("1001", new DateTimeOffset(2026, 11, 1, 9, 0, 0, TimeSpan.Zero), values.ToDictionary(v => v.Field, v => v.Value, StringComparer.Ordinal));

    public static GoogleContact GoogleWith(ResolvedMapping mapping, string value) => GoogleWith((mapping.GooglePath, value));

    public static GoogleContact GoogleWith(params (string Path, string Value)[] values) =>
        new("people/c1001", "etag-1", Deleted: false, InGroup: true, CrmRef: "1001", values.ToDictionary(v => v.Path, v => v.Value, StringComparer.Ordinal), "{}");

    /// <summary>Merges one mapping; <paramref name="snapshot"/> <see langword="null"/> means the pair was never synced.</summary>
    public static MergeDecision Merge(
        ResolvedMapping mapping, CrmContact? crm, GoogleContact? google, FieldSnapshot? snapshot, bool crmWins = true, bool enforceOneWay = false)
    {
        var snapshots = snapshot is null ? null : new Dictionary<string, FieldSnapshot>(StringComparer.Ordinal) { [mapping.Key] = snapshot };
        return FieldMerger.Merge([mapping], crm, google, snapshots, crmWins, enforceOneWay);
    }
}
