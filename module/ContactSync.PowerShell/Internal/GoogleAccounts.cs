using ContactSync.Client;

namespace ContactSync.PowerShell.Internal;

/// <summary>
/// The Google account a command's group names live in: -GoogleAccount when given, else the email of -CrmUser (the account
/// the server gives that user's plans), else null (the server's default: a user key's own account).
/// </summary>
internal static class GoogleAccounts
{
    public static string? For(ContactSyncClient client, string? googleAccount, string? crmUser, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(googleAccount))
        {
            return googleAccount!.Trim();
        }

        if (string.IsNullOrWhiteSpace(crmUser))
        {
            return null;
        }

        var user = client.ListCrmUsersAsync(null, null, null, cancellationToken).GetAwaiter().GetResult()
            .FirstOrDefault(u => string.Equals(u.CrmUserId, crmUser!.Trim(), StringComparison.Ordinal));
        return string.IsNullOrEmpty(user?.Email) ? null : user!.Email;
    }

    /// <summary>The accounts to offer: those with a stored refresh token and the CRM users' emails.</summary>
    public static IEnumerable<(string Account, string ToolTip)> Candidates(ContactSyncClient client, CancellationToken cancellationToken)
    {
        var stored = client.GetConnectionsAsync(cancellationToken).GetAwaiter().GetResult()
            .SelectMany(c => c.Accounts)
            .Where(a => a.Length > 0)
            .Select(a => (a, a + " (refresh token stored)"));
        var users = client.ListCrmUsersAsync(null, null, null, cancellationToken).GetAwaiter().GetResult()
            .Where(u => u.Email.Length > 0)
            .Select(u => (u.Email, $"{u.Email} ({u.Name}, CRM user {u.CrmUserId})"));
        return stored.Concat(users).GroupBy(c => c.Item1, StringComparer.OrdinalIgnoreCase).Select(g => g.First());
    }
}
