using System.Globalization;
using System.Text.Json.Nodes;
using ContactSync.Emulators.Zoho;

namespace ContactSync.Emulators;

/// <summary>
/// In-memory state of the Zoho CRM v8 emulator (Contacts module, users, roles, profiles, views, tags).
/// All members are thread-safe (one lock). Test helpers edit records "as a user in the UI would", through the same
/// code as the API, so Modified_Time, unique indexes and the deleted list see them.
/// </summary>
public sealed partial class ZohoEmulatorState
{
    internal const long ModuleId = 5725767000000002175;
    private const long FirstRecordId = 5725767000001000001;

    private readonly Dictionary<long, ZohoRecord> _records = [];
    private readonly SortedSet<(long Key, long Id)> _byId = [];
    private readonly SortedSet<(long Key, long Id)> _byModified = [];
    private readonly Dictionary<string, Dictionary<string, long>> _unique = new(StringComparer.Ordinal);
    private readonly List<ZohoDeletedRecord> _deleted = [];
    private readonly Dictionary<string, long> _tags = new(StringComparer.OrdinalIgnoreCase);
    private long _nextId = FirstRecordId;
    private ZohoUser[] _users;
    private ZohoProfile[] _profiles;

    internal ZohoEmulatorState(TimeProvider time)
    {
        Time = time;
        foreach (var f in Fields.Unique)
        {
            _unique[f.ApiName] = new Dictionary<string, long>(StringComparer.OrdinalIgnoreCase);
        }

        Roles =
        [
            new ZohoRole(5725767000000026005, "CEO", null),
            new ZohoRole(5725767000000026008, "Manager", 5725767000000026005),
            new ZohoRole(5725767000000026011, "Sales Representative", 5725767000000026008),
            new ZohoRole(5725767000000026014, "Support", 5725767000000026005),
        ];
        var all = ZohoPermissions.ContactsWith(_ => true);
        var readOnly = ZohoPermissions.ContactsWith(name => name == ZohoPermissions.View);
        _profiles =
        [
            new ZohoProfile(5725767000000026011, "Administrator", true, all),
            new ZohoProfile(5725767000000026014, "Standard", false, all),
            new ZohoProfile(5725767000000026017, "Read Only", false, readOnly),
        ];
        _users =
        [
            new ZohoUser(5725767000000411001, "admin", "Patricia", "Boyle", "patricia.boyle@contactsync-demo.example", 5725767000000026005, 5725767000000026011, "Europe/Berlin", TimeSpan.FromHours(1), "1000.admin." + Guid.NewGuid().ToString("N")),
            new ZohoUser(5725767000000411002, "standard", "Jonas", "Müller", "jonas.mueller@contactsync-demo.example", 5725767000000026008, 5725767000000026014, "America/Los_Angeles", TimeSpan.FromHours(-7), "1000.standard." + Guid.NewGuid().ToString("N")),
            new ZohoUser(5725767000000411003, "viewonly", "Amélie", "Laurent", "amelie.laurent@contactsync-demo.example", 5725767000000026011, 5725767000000026017, "Asia/Kolkata", new TimeSpan(5, 30, 0), "1000.viewonly." + Guid.NewGuid().ToString("N")),
            new ZohoUser(5725767000000411004, "peer", "Kenji", "Satō", "kenji.sato@contactsync-demo.example", 5725767000000026014, 5725767000000026014, "Asia/Tokyo", TimeSpan.FromHours(9), "1000.peer." + Guid.NewGuid().ToString("N")),
        ];

        JsonObject Crit(string field, string comparator, JsonNode value) => new()
        {
            ["comparator"] = comparator,
            ["field"] = new JsonObject { ["api_name"] = field, ["id"] = Fields.Find(field)!.Id.ToString(CultureInfo.InvariantCulture) },
            ["value"] = value,
        };
        Views =
        [
            new ZohoCustomView(5725767000000087501, "All Contacts", "All Contacts", "ALLVIEWS", true, true, "public_views", null),
            new ZohoCustomView(5725767000000087502, "My Contacts", "My Contacts", "MYCONTACTS", false, true, "public_views", Crit("Owner", "equal", "${CURRENTUSER}")),
            new ZohoCustomView(5725767000000087503, "Customers in Germany", "Customers in Germany", null, false, false, "created_by_me", Crit("Mailing_Country", "equal", "Germany")),
            new ZohoCustomView(5725767000000087504, "Gold Customers", "Gold Customers", null, false, false, "created_by_me", Crit("Customer_Tier", "equal", "Gold")),
        ];
    }

    internal object Sync { get; } = new();

    internal TimeProvider Time { get; }

    /// <summary>Every record written through the API or the test helpers (not seeding), for the Watch API's notifications.</summary>
    internal ZohoChangeFeed Changes { get; } = new();

    internal ZohoFieldCatalog Fields { get; } = new();

    internal IReadOnlyList<ZohoUser> Users => _users;

    internal IReadOnlyList<ZohoRole> Roles { get; }

    internal IReadOnlyList<ZohoProfile> Profiles => _profiles;

    internal IReadOnlyList<ZohoCustomView> Views { get; }

    internal Dictionary<string, ZohoPageToken> PageTokens { get; } = new(StringComparer.Ordinal);

    /// <summary>How long an issued page_token is valid (Zoho: 24 h, reference §2.1), on the emulator's clock.</summary>
    public TimeSpan PageTokenValidity { get; set; } = TimeSpan.FromHours(24);

    /// <summary>
    /// True (default): picklist and multi-select values must be among the field's values, else INVALID_DATA. Zoho's
    /// documents do not say whether an unknown picklist value is refused or added; this is a setting for that reason.
    /// </summary>
    public bool StrictPicklists { get; set; } = true;

    /// <summary>Page tokens presented from now on that are refused as expired, whatever their age (see <see cref="ExpireNextPageTokens"/>).</summary>
    internal int PageTokensToExpire { get; set; }

    internal IReadOnlyList<ZohoDeletedRecord> Deleted => _deleted;

    /// <summary>Id of the "All Contacts" view.</summary>
    public string AllContactsViewId => Views[0].Id.ToString(CultureInfo.InvariantCulture);

    /// <summary>Id of the "My Contacts" view.</summary>
    public string MyContactsViewId => Views[1].Id.ToString(CultureInfo.InvariantCulture);

    /// <summary>Id of the "Customers in Germany" view (Mailing_Country = Germany).</summary>
    public string GermanyViewId => Views[2].Id.ToString(CultureInfo.InvariantCulture);

    /// <summary>Id of the "Gold Customers" view (custom field Customer_Tier = Gold).</summary>
    public string GoldCustomersViewId => Views[3].Id.ToString(CultureInfo.InvariantCulture);

    /// <summary>Number of live (not deleted) Contacts.</summary>
    public int Count
    {
        get
        {
            lock (Sync)
            {
                return _records.Count;
            }
        }
    }

    /// <summary>Ids of the seeded users by kind: "admin", "standard", "viewonly", "peer".</summary>
    public IReadOnlyDictionary<string, string> UserIds => Users.ToDictionary(u => u.Kind, u => u.Id.ToString(CultureInfo.InvariantCulture));

    /// <summary>All live records with every field (as the admin sees them, times in the admin's offset).</summary>
    public IReadOnlyList<JsonObject> GetAllRecords()
    {
        lock (Sync)
        {
            var admin = Users[0];
            return _byId.Select(k => Render(_records[k.Id], null, admin)).ToList();
        }
    }

    /// <summary>One record with every field, or null.</summary>
    public JsonObject? GetRecord(string id)
    {
        lock (Sync)
        {
            return TryParseId(id, out var rid) && _records.TryGetValue(rid, out var r) ? Render(r, null, Users[0]) : null;
        }
    }

    /// <summary>Ids of deleted records (recycle bin), newest first.</summary>
    public IReadOnlyList<string> GetDeletedIds()
    {
        lock (Sync)
        {
            return _deleted.AsEnumerable().Reverse().Select(d => d.Id.ToString(CultureInfo.InvariantCulture)).ToList();
        }
    }

    /// <summary>Creates a record as a user would in the UI; throws <see cref="InvalidOperationException"/> with the Zoho error JSON if invalid.</summary>
    public string CreateRecordAsUser(JsonObject fields, string? userId = null)
    {
        ArgumentNullException.ThrowIfNull(fields);
        lock (Sync)
        {
            var (ok, entry) = Insert(ActingUser(userId), fields, 0);
            return ok ? entry["details"]!["id"]!.GetValue<string>() : throw new InvalidOperationException(entry.ToJsonString());
        }
    }

    /// <summary>Updates fields of a record as a user would in the UI (bumps Modified_Time).</summary>
    public void UpdateRecordAsUser(string id, JsonObject fields, string? userId = null)
    {
        ArgumentNullException.ThrowIfNull(fields);
        lock (Sync)
        {
            var (ok, entry) = Update(ActingUser(userId), id, fields, 0);
            if (!ok)
            {
                throw new InvalidOperationException(entry.ToJsonString());
            }
        }
    }

    /// <summary>Deletes a record (moves it to the recycle bin); false when it does not exist.</summary>
    public bool DeleteRecordAsUser(string id, string? userId = null)
    {
        lock (Sync)
        {
            return Delete(ActingUser(userId), id).Ok;
        }
    }

    /// <summary>Makes every page_token issued so far expired (as if its validity had passed).</summary>
    public void ExpirePageTokens()
    {
        lock (Sync)
        {
            var now = Time.GetUtcNow();
            foreach (var (key, token) in PageTokens.ToList())
            {
                PageTokens[key] = token with { ExpiresAt = now };
            }
        }
    }

    /// <summary>
    /// The next <paramref name="count"/> requests that present a page_token get 400 EXPIRED_VALUE, as if the token's
    /// validity had passed just before: a deterministic expiry in the middle of a long read.
    /// </summary>
    public void ExpireNextPageTokens(int count = 1)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        lock (Sync)
        {
            PageTokensToExpire = count;
        }
    }

    /// <summary>Removes all records, deleted entries, page tokens and tags.</summary>
    public void Reset()
    {
        lock (Sync)
        {
            _records.Clear();
            _byId.Clear();
            _byModified.Clear();
            foreach (var u in _unique.Values)
            {
                u.Clear();
            }

            _deleted.Clear();
            PageTokens.Clear();
            _tags.Clear();
            _nextId = FirstRecordId;
        }
    }

    private ZohoUser ActingUser(string? userId) =>
        userId is null ? Users[0] : Users.FirstOrDefault(u => u.Id.ToString(CultureInfo.InvariantCulture) == userId) ?? throw new ArgumentException("Unknown user id.", nameof(userId));

    internal static bool TryParseId(string? s, out long id) => long.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out id);

    internal ZohoUser? UserById(long id) => Users.FirstOrDefault(u => u.Id == id);

    internal ZohoProfile ProfileOf(ZohoUser user) => Profiles.First(p => p.Id == user.ProfileId);

    internal bool Has(ZohoUser user, string permission) => ProfileOf(user).IsEnabled(permission);

    /// <summary>Owners whose records <paramref name="user"/> may see: own + users in subordinate roles; admin sees all.</summary>
    internal HashSet<long> VisibleOwners(ZohoUser user)
    {
        if (ProfileOf(user).IsAdmin)
        {
            return Users.Select(u => u.Id).ToHashSet();
        }

        var roles = new HashSet<long> { user.RoleId };
        bool grew;
        do
        {
            grew = false;
            foreach (var r in Roles)
            {
                if (r.ReportsTo is { } parent && roles.Contains(parent) && roles.Add(r.Id))
                {
                    grew = true;
                }
            }
        }
        while (grew);
        var owners = Users.Where(u => u.Id == user.Id || (u.RoleId != user.RoleId && roles.Contains(u.RoleId))).Select(u => u.Id).ToHashSet();
        owners.Add(user.Id);
        return owners;
    }

    internal static string FormatTime(long unixSeconds, ZohoUser viewer) =>
        DateTimeOffset.FromUnixTimeSeconds(unixSeconds).ToOffset(viewer.Offset).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    internal long NowSec => Time.GetUtcNow().ToUnixTimeSeconds();

    internal ZohoRecord? Find(long id) => _records.GetValueOrDefault(id);

    internal JsonObject UserRef(long userId, bool withEmail)
    {
        var u = UserById(userId) ?? Users[0];
        var o = new JsonObject { ["name"] = u.FullName, ["id"] = u.Id.ToString(CultureInfo.InvariantCulture) };
        if (withEmail)
        {
            o["email"] = u.Email;
        }

        return o;
    }

    /// <summary>Text form of a field value for criteria comparison.</summary>
    internal static string? ValueText(ZohoRecord r, string field, ZohoUser viewer) => field switch
    {
        "id" => r.Id.ToString(CultureInfo.InvariantCulture),
        "Owner" => r.OwnerId.ToString(CultureInfo.InvariantCulture),
        "Created_By" => r.CreatedBy.ToString(CultureInfo.InvariantCulture),
        "Modified_By" => r.ModifiedBy.ToString(CultureInfo.InvariantCulture),
        "Created_Time" => FormatTime(r.CreatedSec, viewer),
        "Modified_Time" => FormatTime(r.ModifiedSec, viewer),
        "Full_Name" => r.FullName,
        "Tag" => string.Join(',', r.Tags),
        _ => r.Values.TryGetValue(field, out var v) ? v switch
        {
            null => null,
            JsonObject o => o["name"]?.ToString() ?? o["id"]?.ToString(),
            JsonValue jv when jv.TryGetValue<bool>(out var b) => b ? "true" : "false",
            _ => v.ToString(),
        } : null,
    };

    /// <summary>Renders a record with the requested fields (null = all) in the viewer's offset; always carries id.</summary>
    internal JsonObject Render(ZohoRecord r, IReadOnlyCollection<string>? fields, ZohoUser viewer)
    {
        var o = new JsonObject();
        var names = fields ?? Fields.All.Select(f => f.ApiName);
        foreach (var name in names)
        {
            o[name] = name switch
            {
                "Owner" => UserRef(r.OwnerId, true),
                "Created_By" => UserRef(r.CreatedBy, true),
                "Modified_By" => UserRef(r.ModifiedBy, true),
                "Created_Time" => FormatTime(r.CreatedSec, viewer),
                "Modified_Time" => FormatTime(r.ModifiedSec, viewer),
                "Last_Activity_Time" => FormatTime(r.ModifiedSec, viewer),
                "Full_Name" => r.FullName,
                "Tag" => new JsonArray(r.Tags.Select(t => (JsonNode?)new JsonObject { ["name"] = t, ["id"] = _tags[t].ToString(CultureInfo.InvariantCulture) }).ToArray()),
                _ => r.Values.TryGetValue(name, out var v) ? v?.DeepClone() : null,
            };
        }

        o["id"] = r.Id.ToString(CultureInfo.InvariantCulture);
        return o;
    }

    /// <summary>Records in an order, strictly after the cursor (exclusive).</summary>
    internal IEnumerable<ZohoRecord> Enumerate(bool byModified, bool descending, (long Key, long Id)? after)
    {
        var set = byModified ? _byModified : _byId;
        if (set.Count == 0)
        {
            yield break;
        }

        IEnumerable<(long Key, long Id)> seq;
        if (after is not { } c)
        {
            seq = descending ? set.Reverse() : set;
        }
        else if (descending)
        {
            var upper = c.Id == long.MinValue ? (c.Key - 1, long.MaxValue) : (c.Key, c.Id - 1);
            seq = upper.CompareTo(set.Min) < 0 ? [] : set.GetViewBetween(set.Min, upper).Reverse();
        }
        else
        {
            var lower = c.Id == long.MaxValue ? (c.Key + 1, long.MinValue) : (c.Key, c.Id + 1);
            seq = lower.CompareTo(set.Max) > 0 ? [] : set.GetViewBetween(lower, set.Max);
        }

        foreach (var k in seq)
        {
            yield return _records[k.Id];
        }
    }

    internal static (long Key, long Id) SortKey(ZohoRecord r, bool byModified) => byModified ? (r.ModifiedSec, r.Id) : (r.Id, r.Id);

    internal IEnumerable<ZohoRecord> AllRecords => _byId.Reverse().Select(k => _records[k.Id]);
}
