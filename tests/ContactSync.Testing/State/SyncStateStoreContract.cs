using ContactSync.Core.State;

namespace ContactSync.Testing.State;

/// <summary>
/// The contract of <see cref="ISyncStateStore"/>, run against every implementation: a test class per store derives from
/// this one and supplies <see cref="Store"/> (a new or a shared store: every test works in plans of its own). Values are
/// kept portable (instants in whole milliseconds, ids within the database column lengths) so that any database passes.
/// </summary>
public abstract partial class SyncStateStoreContract
{
    /// <summary>Mapping keys of the snapshots below.</summary>
    protected const string EmailKey = "Email|emailAddresses[type=work]";

    /// <summary>A second mapping key.</summary>
    protected const string MobileKey = "Mobile|phoneNumbers[type=mobile]";

    /// <summary>The store under test.</summary>
    protected abstract ISyncStateStore Store { get; }

    /// <summary>A plan id no other test uses (37 characters).</summary>
    protected static string NewPlan() => "plan-" + Guid.NewGuid().ToString("N");

    /// <summary>A link with a two-field snapshot (one value converted), an etag and an adapter state.</summary>
    protected static SyncLink Link(string crmId, string googleName, string email = "ada@example.test", bool detached = false) => new(
        crmId,
        googleName,
        "etag-" + googleName,
        "{\"names\":[{\"familyName\":\"Lovelace\"}]}",
        new Dictionary<string, FieldSnapshot>(StringComparer.Ordinal)
        {
            [EmailKey] = new(email, email),
            [MobileKey] = new("+44 20 7946 0000", "+442079460000", Converted: true),
        },
        email,
        detached);

    /// <summary>A failure of a write to <paramref name="side"/>.</summary>
    protected static RecordFailure Failure(SideKind side, string recordId, string crmId, string googleName, string code = "MANDATORY_NOT_FOUND") =>
        new(side, recordId, "ada@example.test", code, "Last_Name is required.", crmId, googleName)
        {
            Field = "Last_Name",
            ExpectedType = "text",
            DuplicateRecordId = "",
            DuplicateOwner = "",
        };

    /// <summary>Applies one batch built by <paramref name="build"/>.</summary>
    protected Task ApplyAsync(string planId, Action<StateChanges> build)
    {
        ArgumentNullException.ThrowIfNull(build);
        var changes = new StateChanges();
        build(changes);
        return Store.ApplyAsync(planId, changes, CancellationToken.None);
    }

    /// <summary>The link of one CRM id, or <see langword="null"/>.</summary>
    protected async Task<SyncLink?> LinkOfCrmAsync(string planId, string crmId) =>
        (await Store.GetLinksByCrmIdAsync(planId, [crmId], CancellationToken.None)).GetValueOrDefault(crmId);

    /// <summary>The link of one Google contact, or <see langword="null"/>.</summary>
    protected async Task<SyncLink?> LinkOfGoogleAsync(string planId, string googleName) =>
        (await Store.GetLinksByGoogleNameAsync(planId, [googleName], CancellationToken.None)).GetValueOrDefault(googleName);

    /// <summary>The plan's failures ordered by side and record id.</summary>
    protected async Task<List<RecordFailure>> FailuresAsync(string planId) =>
        (await Store.GetFailuresAsync(planId, CancellationToken.None)).OrderBy(f => f.Side).ThenBy(f => f.RecordId, StringComparer.Ordinal).ToList();

    /// <summary>Asserts two links are equal, snapshot entries included.</summary>
    protected static void AssertSameLink(SyncLink expected, SyncLink? actual)
    {
        ArgumentNullException.ThrowIfNull(expected);
        Assert.NotNull(actual);
        Assert.Equal(
            (expected.CrmId, expected.GoogleResourceName, expected.GoogleEtag, expected.GoogleState, expected.Email, expected.Detached),
            (actual.CrmId, actual.GoogleResourceName, actual.GoogleEtag, actual.GoogleState, actual.Email, actual.Detached));
        Assert.Equal(Entries(expected.Snapshot), Entries(actual.Snapshot));
    }

    private static List<(string Key, FieldSnapshot Value)> Entries(IReadOnlyDictionary<string, FieldSnapshot> snapshot) =>
        snapshot.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => (kv.Key, kv.Value)).ToList();
}
