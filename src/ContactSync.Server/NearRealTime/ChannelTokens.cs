using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace ContactSync.Server.NearRealTime;

/// <summary>Channel ids and tokens of Zoho Watch channels, and the idempotence key of a notification.</summary>
internal static class ChannelTokens
{
    /// <summary>A random positive channel id below 2^52 (exact in JSON numbers).</summary>
    public static long NewChannelId() => 1 + (long)(BitConverter.ToUInt64(RandomNumberGenerator.GetBytes(8)) >> 12);

    /// <summary>A random token of 43 characters (32 bytes, base64url), within Zoho's 50.</summary>
    public static string NewToken() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>SHA-256 of a token (what is stored).</summary>
    public static byte[] Hash(string token) => SHA256.HashData(Encoding.UTF8.GetBytes(token));

    /// <summary>Whether <paramref name="token"/> is the channel's, compared in constant time.</summary>
    public static bool Matches(byte[] storedHash, string? token) =>
        CryptographicOperations.FixedTimeEquals(storedHash, Hash(token ?? ""));

    /// <summary>The key of one notification: channel, ids (sorted) and Zoho's server time.</summary>
    public static string ReceiptKey(long channelId, IEnumerable<string> ids, long serverTime, string operation)
    {
        var text = string.Join('|', channelId.ToString(CultureInfo.InvariantCulture), serverTime.ToString(CultureInfo.InvariantCulture), operation,
            string.Join(',', ids.Order(StringComparer.Ordinal)));
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }
}
