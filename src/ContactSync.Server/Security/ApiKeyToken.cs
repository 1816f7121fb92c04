using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text;

namespace ContactSync.Server.Security;

/// <summary>
/// The text form of an API key, <c>csk_&lt;id&gt;_&lt;secret&gt;</c>: the id (letters and digits) is public and
/// stored as is; only a SHA-256 hash of the secret is stored.
/// </summary>
/// <param name="Id">The key id.</param>
/// <param name="Secret">The secret part.</param>
internal sealed record ApiKeyToken(string Id, string Secret)
{
    /// <summary>The prefix of every key.</summary>
    public const string Prefix = "csk_";

    /// <summary>The shortest accepted secret.</summary>
    public const int MinSecretLength = 16;

    /// <summary>The full key text, as sent in <c>authorization: Bearer …</c>.</summary>
    public string Text => $"{Prefix}{Id}_{Secret}";

    /// <summary>Makes a new random key (id of 12 hex digits, 256-bit secret as 64 hex digits).</summary>
    public static ApiKeyToken Generate() => new(
        Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6)),
        Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32)));

    /// <summary>Parses a key's text.</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out ApiKeyToken? token)
    {
        token = null;
        if (text is null || !text.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return false;
        }

        var rest = text.AsSpan(Prefix.Length);
        var separator = rest.IndexOf('_');
        if (separator < 1 || separator > 32)
        {
            return false;
        }

        var id = rest[..separator];
        foreach (var c in id)
        {
            if (!char.IsAsciiLetterOrDigit(c))
            {
                return false;
            }
        }

        var secret = rest[(separator + 1)..];
        if (secret.Length < MinSecretLength || secret.Length > 200)
        {
            return false;
        }

        token = new ApiKeyToken(id.ToString(), secret.ToString());
        return true;
    }

    /// <summary>The SHA-256 hash that is stored for the secret.</summary>
    public byte[] HashSecret() => SHA256.HashData(Encoding.UTF8.GetBytes(Secret));

    /// <summary>Compares the secret with a stored hash in constant time.</summary>
    public bool Matches(byte[] storedHash) => CryptographicOperations.FixedTimeEquals(HashSecret(), storedHash);

    /// <summary>Never prints the secret.</summary>
    public override string ToString() => $"{Prefix}{Id}_***";
}
