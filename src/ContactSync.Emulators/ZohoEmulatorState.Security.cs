using ContactSync.Emulators.Zoho;

namespace ContactSync.Emulators;

/// <summary>
/// Test controls of users and profiles, as an administrator would change them in Setup. Users and profiles are replaced
/// copy-on-write, so a request that is reading them keeps a consistent view.
/// </summary>
public sealed partial class ZohoEmulatorState
{
    /// <summary>
    /// Sets a user's <c>status</c> as GET /users reports it. "active" is the only value the reference documents; Zoho's other
    /// values (a deactivated user) are not in the OAS files, so the caller chooses the text, e.g. "disabled".
    /// </summary>
    public void SetUserStatus(string userId, string status)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(status);
        lock (Sync)
        {
            var user = ActingUser(userId);
            _users = _users.Select(u => u.Id == user.Id ? u with { Status = status } : u).ToArray();
        }
    }

    /// <summary>Changes a user's email, as an administrator would in the CRM's user settings.</summary>
    public void SetUserEmail(string userId, string email)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(email);
        lock (Sync)
        {
            var user = ActingUser(userId);
            _users = _users.Select(u => u.Id == user.Id ? u with { Email = email } : u).ToArray();
        }
    }

    /// <summary>
    /// Lists a permission in a profile's <c>permissions_details</c> with this state (replacing an entry of that name), as an
    /// administrator would tick or clear it: e.g. clear <c>Contacts_Delete</c>, or list an integration permission that
    /// Zoho documents only by its label ("Sync with Google Contacts") under a name the test chooses.
    /// </summary>
    /// <param name="profileName">The profile, e.g. "Standard".</param>
    /// <param name="permissionName">The permission's name.</param>
    /// <param name="enabled">Whether the profile has it.</param>
    /// <param name="displayLabel">Its display_label (default: the name).</param>
    /// <param name="module">Its module (default: Contacts).</param>
    public void SetProfilePermission(string profileName, string permissionName, bool enabled, string? displayLabel = null, string module = "Contacts")
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(permissionName);
        lock (Sync)
        {
            var profile = _profiles.FirstOrDefault(p => string.Equals(p.Name, profileName, StringComparison.OrdinalIgnoreCase))
                ?? throw new ArgumentException($"Unknown profile '{profileName}'.", nameof(profileName));
            var existing = profile.Permissions.FirstOrDefault(p => p.Name == permissionName);
            var entry = new ZohoProfilePermission(permissionName, displayLabel ?? existing?.Label ?? permissionName, module, enabled);
            var permissions = existing is null
                ? profile.Permissions.Append(entry).ToList()
                : profile.Permissions.Select(p => p.Name == permissionName ? entry : p).ToList();
            _profiles = _profiles.Select(p => p.Id == profile.Id ? p with { Permissions = permissions } : p).ToArray();
        }
    }

    /// <summary>The profile name of a user ("Administrator", "Standard", "Read Only").</summary>
    public string ProfileNameOf(string userId)
    {
        lock (Sync)
        {
            return ProfileOf(ActingUser(userId)).Name;
        }
    }
}
