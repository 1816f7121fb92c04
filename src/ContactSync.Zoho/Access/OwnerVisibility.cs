namespace ContactSync.Zoho.Access;

/// <summary>
/// Zoho's record visibility by role hierarchy: a user sees own records and those of users in roles below their role
/// (transitively, via <c>reporting_to</c>), plus those of peers when the role shares data with peers.
/// </summary>
internal static class OwnerVisibility
{
    /// <summary>The owner ids whose records <paramref name="user"/> sees.</summary>
    public static IReadOnlySet<string> Compute(ZohoUser user, IReadOnlyList<ZohoUser> users, IReadOnlyList<ZohoRole> roles)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(users);
        ArgumentNullException.ThrowIfNull(roles);
        var visible = new HashSet<string>(StringComparer.Ordinal) { user.Id };
        if (user.RoleId is not { Length: > 0 } roleId)
        {
            return visible;
        }

        var below = new HashSet<string>(StringComparer.Ordinal);
        var frontier = new Queue<string>([roleId]);
        while (frontier.Count > 0)
        {
            var parent = frontier.Dequeue();
            foreach (var child in roles.Where(r => string.Equals(r.ReportingToId, parent, StringComparison.Ordinal)))
            {
                if (child.Id != roleId && below.Add(child.Id))
                {
                    frontier.Enqueue(child.Id);
                }
            }
        }

        var sharesWithPeers = roles.FirstOrDefault(r => r.Id == roleId)?.ShareWithPeers == true;
        foreach (var other in users)
        {
            if (other.RoleId is { } otherRole && (below.Contains(otherRole) || (sharesWithPeers && otherRole == roleId)))
            {
                visible.Add(other.Id);
            }
        }

        return visible;
    }
}
