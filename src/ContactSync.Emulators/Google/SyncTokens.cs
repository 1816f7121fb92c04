using System.Globalization;
using System.Text;

namespace ContactSync.Emulators.Google;

/// <summary>Opaque, stateless page and sync tokens: kind, two numbers and the owning account, base64url-encoded.</summary>
internal static class SyncTokens
{
    public static string Encode(string kind, long a, long b, string account) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(string.Join('|', kind, a.ToString(CultureInfo.InvariantCulture), b.ToString(CultureInfo.InvariantCulture), account)))
            .TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static (long A, long B)? Decode(string token, string kind, string account)
    {
        try
        {
            var s = token.Replace('-', '+').Replace('_', '/');
            var parts = Encoding.UTF8.GetString(Convert.FromBase64String(s.PadRight(s.Length + ((4 - (s.Length % 4)) % 4), '='))).Split('|');
            return parts.Length == 4 && parts[0] == kind && string.Equals(parts[3], account, StringComparison.OrdinalIgnoreCase)
                && long.TryParse(parts[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var a)
                && long.TryParse(parts[2], NumberStyles.Integer, CultureInfo.InvariantCulture, out var b)
                ? (a, b)
                : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
