using System.Diagnostics.CodeAnalysis;
using System.Text;
using ContactSync.Core.Plans;

namespace ContactSync.Server.Plans;

/// <summary>Opaque page tokens for plan lists: base64url of the last name and id of the previous page.</summary>
internal static class PageToken
{
    private const string Version = "p1";

    public static string Encode(PlanListCursor? cursor) => cursor is null
        ? ""
        : Convert.ToBase64String(Encoding.UTF8.GetBytes($"{Version}\n{cursor.Id}\n{cursor.Name}")).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static bool TryDecode(string token, [NotNullWhen(true)] out PlanListCursor? cursor)
    {
        cursor = null;
        try
        {
            var base64 = token.Replace('-', '+').Replace('_', '/');
            base64 = base64.PadRight(base64.Length + ((4 - (base64.Length % 4)) % 4), '=');
            var parts = Encoding.UTF8.GetString(Convert.FromBase64String(base64)).Split('\n', 3);
            if (parts.Length != 3 || parts[0] != Version || parts[1].Length == 0)
            {
                return false;
            }

            cursor = new PlanListCursor(parts[2], parts[1]);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
