using System.Management.Automation;
using ContactSync.Client;
using ContactSync.Client.Models;

namespace ContactSync.PowerShell.Internal;

/// <summary>
/// Turns what an admin types for -CrmView / -GoogleGroup (a name or an id) into the id the server stores. Ids pass
/// through without a call (the server checks them), so plans can still be written before the connections; a name is
/// looked up with the picker RPCs: one exact match (ignoring case) is used, several are an error listing them, none is
/// an error suggesting the closest names.
/// </summary>
internal static class PickerResolver
{
    public const string ViewNotFound = "ContactSyncCrmViewNotFound";
    public const string GroupNotFound = "ContactSyncGoogleGroupNotFound";
    public const string AmbiguousName = "ContactSyncAmbiguousName";

    /// <summary>True for a Zoho record id (digits).</summary>
    public static bool IsCrmViewId(string value) => value.Length > 0 && value.All(char.IsDigit);

    /// <summary>True for a Google contact group resource name.</summary>
    public static bool IsGroupResourceName(string value) => value.StartsWith("contactGroups/", StringComparison.Ordinal);

    /// <summary>The view id for a name or id; an ErrorRecord when it cannot be resolved.</summary>
    public static string ResolveCrmView(Func<IReadOnlyList<CrmViewInfo>> listViews, string value, out ErrorRecord? error)
    {
        error = null;
        if (value.Length == 0 || IsCrmViewId(value))
        {
            return value;
        }

        return Resolve(listViews(), v => v.Name, v => v.Id, value, "CRM view", "-CrmView", "Get-ContactSyncCrmView", ViewNotFound, out error);
    }

    /// <summary>The group resource name for a name, a resource name or its id part; an ErrorRecord when it cannot be resolved.</summary>
    public static string ResolveGoogleGroup(Func<IReadOnlyList<GoogleGroupInfo>> listGroups, string value, out ErrorRecord? error)
    {
        error = null;
        if (value.Length == 0 || IsGroupResourceName(value))
        {
            return value;
        }

        var groups = listGroups();
        var byId = groups.FirstOrDefault(g => g.ResourceName.EndsWith("/" + value, StringComparison.Ordinal));
        return byId is not null
            ? byId.ResourceName
            : Resolve(groups, g => g.Name, g => g.ResourceName, value, "Google contact group", "-GoogleGroup", "Get-ContactSyncGoogleGroup", GroupNotFound, out error);
    }

    private static string Resolve<T>(
        IReadOnlyList<T> items, Func<T, string> name, Func<T, string> id, string value, string what, string parameter, string listCommand, string notFoundId, out ErrorRecord? error)
    {
        error = null;
        var matches = items.Where(i => string.Equals(name(i).Trim(), value.Trim(), StringComparison.OrdinalIgnoreCase)).ToList();
        if (matches.Count == 1)
        {
            return id(matches[0]);
        }

        if (matches.Count > 1)
        {
            var exact = matches.Where(i => string.Equals(name(i), value, StringComparison.Ordinal)).ToList();
            if (exact.Count == 1)
            {
                return id(exact[0]);
            }

            var candidates = string.Join(", ", matches.Select(i => ErrorRecords.Format("'{0}' ({1})", name(i), id(i))));
            error = ErrorRecords.Create(AmbiguousName, ErrorCategory.InvalidArgument, ErrorRecords.Format(
                "{0} '{1}' matches {2} {3}s: {4}. Give the id instead.", parameter, value, matches.Count, what, candidates), value);
            return value;
        }

        error = ErrorRecords.Create(notFoundId, ErrorCategory.ObjectNotFound,
            parameter + ": " + NameSuggestions.NotFound(what, value, items.Select(name), listCommand), value);
        return value;
    }
}
