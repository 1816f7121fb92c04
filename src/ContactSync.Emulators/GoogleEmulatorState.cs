using System.Text.Json.Nodes;
using ContactSync.Emulators.Google;

namespace ContactSync.Emulators;

/// <summary>
/// In-memory state of the Google People v1 emulator: one contact store per Google user (the impersonated Workspace
/// user is the default), a change log ordered by sequence number (sync tokens are sequence + timestamp), contact groups.
/// Thread-safe (one lock). Test helpers edit contacts "as a user in the UI would" through the same code as the API.
/// </summary>
public sealed partial class GoogleEmulatorState
{
    internal static readonly string[] SystemGroups = ["myContacts", "starred", "chatBuddies", "all", "blocked"];

    private readonly Dictionary<string, GoogleAccount> _accounts = new(StringComparer.OrdinalIgnoreCase);
    private readonly int _seed;
    private Random _ids;

    internal GoogleEmulatorState(TimeProvider time, string defaultUser, int seed, TimeSpan propagationDelay, TimeSpan syncTokenMaxAge)
    {
        Time = time;
        DefaultUser = defaultUser;
        PropagationDelay = propagationDelay;
        SyncTokenMaxAge = syncTokenMaxAge;
        _seed = seed;
        _ids = new Random(seed ^ 0x5eed);
        Reset();
    }

    internal object Sync { get; } = new();

    internal TimeProvider Time { get; }

    internal string DefaultUser { get; }

    /// <summary>Delay before a write shows up in incremental (syncToken) listings.</summary>
    public TimeSpan PropagationDelay { get; set; }

    /// <summary>Age after which sync tokens are rejected.</summary>
    public TimeSpan SyncTokenMaxAge { get; set; }

    /// <summary>Most contacts one account holds (0 = no limit); see <see cref="EmulatorOptions.GoogleContactLimit"/>.</summary>
    public int ContactLimit { get; set; }

    /// <summary>The error of a create past <see cref="ContactLimit"/>.</summary>
    public GoogleLimitRefusal ContactLimitRefusal { get; set; } = GoogleLimitRefusal.Default;

    /// <summary>Resource name of the seeded "ContactSync" group.</summary>
    public string ContactSyncGroupResourceName { get; private set; } = string.Empty;

    /// <summary>Resource name of the seeded "Family" group.</summary>
    public string FamilyGroupResourceName { get; private set; } = string.Empty;

    /// <summary>Number of live contacts of the impersonated user.</summary>
    public int Count
    {
        get
        {
            lock (Sync)
            {
                return Account(DefaultUser).LiveCount;
            }
        }
    }

    /// <summary>All live contacts of the impersonated user with every field, memberships and metadata, in change order.</summary>
    public IReadOnlyList<JsonObject> GetAllContacts()
    {
        lock (Sync)
        {
            var a = Account(DefaultUser);
            return a.LogKeys.Select(k => a.Log[k]).Where(p => !p.Deleted).Select(p => Render(a, p, null)).ToList();
        }
    }

    /// <summary>One live contact with every field, or null.</summary>
    public JsonObject? GetContact(string resourceName)
    {
        lock (Sync)
        {
            var a = Account(DefaultUser);
            return a.People.TryGetValue(resourceName, out var p) && !p.Deleted ? Render(a, p, null) : null;
        }
    }

    /// <summary>Members (resource names) of a group of the impersonated user.</summary>
    public IReadOnlyList<string> GetGroupMembers(string groupResourceName)
    {
        lock (Sync)
        {
            return Account(DefaultUser).Groups.TryGetValue(groupResourceName, out var g) ? g.Members.Order(StringComparer.Ordinal).ToList() : [];
        }
    }

    /// <summary>Creates a contact as a user would (added to myContacts and to the groups in its memberships).</summary>
    public string CreateContactAsUser(JsonObject person)
    {
        ArgumentNullException.ThrowIfNull(person);
        lock (Sync)
        {
            var a = Account(DefaultUser);
            var error = PersonJson.Validate(person, g => a.Groups.ContainsKey(g));
            return error is null ? Create(a, person).ResourceName : throw new InvalidOperationException(error);
        }
    }

    /// <summary>Edits a contact's stored JSON as a user would; bumps etag, update time and sync sequence.</summary>
    public void EditContactAsUser(string resourceName, Action<JsonObject> edit)
    {
        ArgumentNullException.ThrowIfNull(edit);
        lock (Sync)
        {
            var a = Account(DefaultUser);
            if (!a.People.TryGetValue(resourceName, out var p) || p.Deleted)
            {
                throw new KeyNotFoundException(resourceName);
            }

            edit(p.Data);
            Touch(a, p);
        }
    }

    /// <summary>Deletes a contact as a user would (leaves a tombstone for sync); false if not found.</summary>
    public bool DeleteContactAsUser(string resourceName)
    {
        lock (Sync)
        {
            return Delete(Account(DefaultUser), resourceName);
        }
    }

    /// <summary>Adds a contact to a group as a user would.</summary>
    public void AddToGroupAsUser(string resourceName, string groupResourceName)
    {
        lock (Sync)
        {
            var a = Account(DefaultUser);
            ModifyMembers(a, a.Groups[groupResourceName], [resourceName], []);
        }
    }

    /// <summary>The resource name of the impersonated user's group with this name (ignoring case), or null.</summary>
    public string? FindGroup(string name)
    {
        lock (Sync)
        {
            return Account(DefaultUser).Groups.Values.FirstOrDefault(g => string.Equals(g.Name, name, StringComparison.OrdinalIgnoreCase))?.ResourceName;
        }
    }

    /// <summary>Deletes a user group as a user would: its contacts stay, without that membership. False when not found.</summary>
    public bool DeleteGroupAsUser(string groupResourceName)
    {
        lock (Sync)
        {
            var a = Account(DefaultUser);
            if (!a.Groups.TryGetValue(groupResourceName, out var g) || g.System)
            {
                return false;
            }

            foreach (var rn in g.Members)
            {
                var p = a.People[rn];
                p.Groups.Remove(g.ResourceName);
                Touch(a, p);
            }

            return a.Groups.Remove(groupResourceName);
        }
    }

    /// <summary>Removes all contacts and user groups of every account and re-creates the "ContactSync" and "Family" groups.</summary>
    public void Reset()
    {
        lock (Sync)
        {
            _accounts.Clear();
            _ids = new Random(_seed ^ 0x5eed);
            var a = Account(DefaultUser);
            ContactSyncGroupResourceName = CreateGroup(a, "ContactSync", null).ResourceName;
            FamilyGroupResourceName = CreateGroup(a, "Family", null).ResourceName;
        }
    }

    internal GoogleAccount Account(string email)
    {
        if (!_accounts.TryGetValue(email, out var a))
        {
            a = new GoogleAccount(email);
            foreach (var g in SystemGroups)
            {
                a.Groups["contactGroups/" + g] = new StoredGroup(g, g, true) { UpdateTime = Time.GetUtcNow() };
            }

            _accounts[email] = a;
        }

        return a;
    }

    internal static JsonObject Render(GoogleAccount a, StoredPerson p, IEnumerable<string>? mask) =>
        PersonJson.Render(p, mask, g => a.Groups.TryGetValue(g, out var grp) ? grp.Id : g["contactGroups/".Length..]);

    internal StoredGroup CreateGroup(GoogleAccount a, string name, JsonArray? clientData)
    {
        var g = new StoredGroup(NextId().ToString("x16", System.Globalization.CultureInfo.InvariantCulture)[..16], name, false)
        {
            ClientData = clientData,
            UpdateTime = Time.GetUtcNow(),
        };
        a.Groups[g.ResourceName] = g;
        return g;
    }

    /// <summary>True when the account can take <paramref name="count"/> more contacts.</summary>
    internal bool HasRoomFor(GoogleAccount a, int count) => ContactLimit <= 0 || a.LiveCount + count <= ContactLimit;

    internal StoredPerson Create(GoogleAccount a, JsonObject person)
    {
        StoredPerson p;
        do
        {
            p = new StoredPerson(NextId());
        }
        while (a.People.ContainsKey(p.ResourceName));

        foreach (var (name, value) in person)
        {
            if (value is JsonArray arr && PersonJson.UpdatePaths.Contains(name) && name != "memberships")
            {
                p.Data[name] = PersonJson.StoreField(name, arr);
            }
        }

        a.People[p.ResourceName] = p;
        a.LiveCount++;
        JoinGroups(a, p, person["memberships"] as JsonArray, true);
        Touch(a, p);
        return p;
    }

    internal void Update(GoogleAccount a, StoredPerson p, JsonObject person, IReadOnlyList<string> mask)
    {
        foreach (var field in mask)
        {
            if (field == "memberships")
            {
                foreach (var g in p.Groups)
                {
                    a.Groups.GetValueOrDefault(g)?.Members.Remove(p.ResourceName);
                }

                p.Groups.Clear();
                JoinGroups(a, p, person["memberships"] as JsonArray, false);
                continue;
            }

            if (person[field] is JsonArray arr && arr.Count > 0)
            {
                p.Data[field] = PersonJson.StoreField(field, arr);
            }
            else
            {
                p.Data.Remove(field);
            }
        }

        Touch(a, p);
    }

    internal bool Delete(GoogleAccount a, string resourceName)
    {
        if (!a.People.TryGetValue(resourceName, out var p) || p.Deleted)
        {
            return false;
        }

        foreach (var g in p.Groups)
        {
            a.Groups.GetValueOrDefault(g)?.Members.Remove(p.ResourceName);
        }

        p.Groups.Clear();
        p.Data = [];
        p.Deleted = true;
        a.LiveCount--;
        Touch(a, p);
        return true;
    }

    /// <summary>Adds/removes members; returns (not found, could not remove last group).</summary>
    internal (List<string> NotFound, List<string> LastGroup) ModifyMembers(GoogleAccount a, StoredGroup g, IEnumerable<string> add, IEnumerable<string> remove)
    {
        var notFound = new List<string>();
        var lastGroup = new List<string>();
        foreach (var rn in add)
        {
            if (!a.People.TryGetValue(rn, out var p) || p.Deleted)
            {
                notFound.Add(rn);
                continue;
            }

            if (p.Groups.Add(g.ResourceName))
            {
                g.Members.Add(rn);
                Touch(a, p);
            }
        }

        foreach (var rn in remove)
        {
            if (!a.People.TryGetValue(rn, out var p) || p.Deleted)
            {
                notFound.Add(rn);
                continue;
            }

            if (!p.Groups.Contains(g.ResourceName))
            {
                continue;
            }

            if (p.Groups.Count == 1)
            {
                lastGroup.Add(rn);
                continue;
            }

            p.Groups.Remove(g.ResourceName);
            g.Members.Remove(rn);
            Touch(a, p);
        }

        return (notFound, lastGroup);
    }

    private static void JoinGroups(GoogleAccount a, StoredPerson p, JsonArray? memberships, bool addMyContacts)
    {
        var groups = memberships?.Select(m => m?["contactGroupMembership"]?["contactGroupResourceName"]?.ToString()).Where(g => g is not null).Select(g => g!).ToList() ?? [];
        if (addMyContacts)
        {
            groups.Add("contactGroups/myContacts");
        }

        foreach (var g in groups)
        {
            if (a.Groups.TryGetValue(g, out var grp) && p.Groups.Add(g))
            {
                grp.Members.Add(p.ResourceName);
            }
        }
    }

    /// <summary>Records a change: new version (etag), update time and sequence number.</summary>
    internal void Touch(GoogleAccount a, StoredPerson p)
    {
        if (p.Seq != 0)
        {
            a.LogKeys.Remove(p.Seq);
            a.Log.Remove(p.Seq);
        }

        p.Seq = ++a.LastSeq;
        p.Version++;
        p.UpdateTime = Time.GetUtcNow();
        a.LogKeys.Add(p.Seq);
        a.Log[p.Seq] = p;
    }

    private ulong NextId() => (ulong)_ids.NextInt64(1L << 58, long.MaxValue);
}
