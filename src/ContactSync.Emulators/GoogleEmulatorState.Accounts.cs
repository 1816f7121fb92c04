using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using ContactSync.Emulators.Google;

namespace ContactSync.Emulators;

/// <summary>
/// Several Google accounts (one per CRM user of an organisation): their own contacts and groups, and a user OAuth refresh
/// token per account for the refresh_token grant. The helpers without an account act on the impersonated default user.
/// </summary>
public sealed partial class GoogleEmulatorState
{
    private readonly ConcurrentDictionary<string, string> _refreshTokens = new(StringComparer.Ordinal);

    /// <summary>The accounts that hold contacts or groups, by email.</summary>
    public IReadOnlyList<string> AccountEmails
    {
        get
        {
            lock (Sync)
            {
                return _accounts.Keys.Order(StringComparer.OrdinalIgnoreCase).ToList();
            }
        }
    }

    /// <summary>A new OAuth refresh token of <paramref name="email"/>'s account, as that user's consent would give it.</summary>
    public string IssueUserRefreshToken(string email)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(email);
        var token = "1//0emu" + RandomNumberGenerator.GetHexString(40, lowercase: true);
        _refreshTokens[token] = email;
        return token;
    }

    /// <summary>The account a refresh token was issued for, or null.</summary>
    internal string? AccountOfRefreshToken(string token) => _refreshTokens.TryGetValue(token, out var email) ? email : null;

    /// <summary>The resource name of the account's user group of that name, created when missing.</summary>
    public string EnsureGroup(string account, string name)
    {
        lock (Sync)
        {
            var a = Account(account);
            return a.Groups.Values.FirstOrDefault(g => !g.System && string.Equals(g.Name, name, StringComparison.OrdinalIgnoreCase))?.ResourceName
                ?? CreateGroup(a, name, null).ResourceName;
        }
    }

    /// <summary>The resource name of the account's user group of that name (ignoring case), or null.</summary>
    public string? FindGroup(string account, string name)
    {
        lock (Sync)
        {
            return Account(account).Groups.Values.FirstOrDefault(g => !g.System && string.Equals(g.Name, name, StringComparison.OrdinalIgnoreCase))?.ResourceName;
        }
    }

    /// <summary>Live contacts of one account.</summary>
    public int CountOf(string account)
    {
        lock (Sync)
        {
            return Account(account).LiveCount;
        }
    }

    /// <summary>All live contacts of one account, in change order.</summary>
    public IReadOnlyList<JsonObject> GetAllContacts(string account)
    {
        lock (Sync)
        {
            var a = Account(account);
            return a.LogKeys.Select(k => a.Log[k]).Where(p => !p.Deleted).Select(p => Render(a, p, null)).ToList();
        }
    }

    /// <summary>Members of a group of one account.</summary>
    public IReadOnlyList<string> GetGroupMembers(string groupResourceName, string account)
    {
        lock (Sync)
        {
            return Account(account).Groups.TryGetValue(groupResourceName, out var g) ? g.Members.Order(StringComparer.Ordinal).ToList() : [];
        }
    }

    /// <summary>Creates a contact in one account as its user would.</summary>
    public string CreateContactAsUser(JsonObject person, string account)
    {
        ArgumentNullException.ThrowIfNull(person);
        lock (Sync)
        {
            var a = Account(account);
            var error = PersonJson.Validate(person, g => a.Groups.ContainsKey(g));
            return error is null ? Create(a, person).ResourceName : throw new InvalidOperationException(error);
        }
    }

    /// <summary>Creates contacts in one account without validation (seeding).</summary>
    internal void SeedContacts(string account, IEnumerable<JsonObject> people)
    {
        lock (Sync)
        {
            var a = Account(account);
            foreach (var person in people)
            {
                Create(a, person);
            }
        }
    }
}
