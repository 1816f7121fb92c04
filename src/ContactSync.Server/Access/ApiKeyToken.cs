using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text;

namespace ContactSync.Server.Access;

/// <summary>
/// The text form of an API key, <c>csk_&lt;id&gt;_&lt;secret&gt;</c>: the id (letters and digits) is public and
/// stored as is; of the secret only HMAC-SHA256(salt, SHA-256(secret)) is stored, with a random salt per key, so equal
/// secrets never give equal hashes and a copied database gives no ready-made lookup.
/// </summary>
/// <param name="Id">The key id.</param>
/// <param name="Secret">The secret part.</param>
internal sealed record ApiKeyToken(string Id, string Secret)
{
    /// <summary>The prefix of every key.</summary>
    public const string Prefix = "csk_";

    /// <summary>The shortest secret accepted in a request (keys of older databases may be this short).</summary>
    public const int MinSecretLength = 16;

    /// <summary>The shortest secret of a configured bootstrap key.</summary>
    public const int MinBootstrapSecretLength = 32;

    /// <summary>The fewest different characters of a configured bootstrap key's secret.</summary>
    public const int MinBootstrapDistinctCharacters = 9;

    /// <summary>The size of a key's salt in bytes.</summary>
    public const int SaltSize = 16;

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

    /// <summary>A new random salt and the salted hash of the secret, to store.</summary>
    public (byte[] Salt, byte[] Hash) HashSecret()
    {
        var salt = RandomNumberGenerator.GetBytes(SaltSize);
        return (salt, Salted(salt, Digest()));
    }

    /// <summary>Compares the secret with a stored hash in constant time (a key without salt was stored as plain SHA-256).</summary>
    public bool Matches(byte[]? salt, byte[] storedHash) =>
        CryptographicOperations.FixedTimeEquals(salt is null ? Digest() : Salted(salt, Digest()), storedHash);

    /// <summary>A salt and salted hash for a key stored before salting, from its plain SHA-256 (the secret is not needed).</summary>
    public static (byte[] Salt, byte[] Hash) Resalt(byte[] legacySha256)
    {
        var salt = RandomNumberGenerator.GetBytes(SaltSize);
        return (salt, Salted(salt, legacySha256));
    }

    /// <summary>
    /// Whether a configured bootstrap secret looks random: at least <see cref="MinBootstrapSecretLength"/> characters, at
    /// least <see cref="MinBootstrapDistinctCharacters"/> different ones, and not a repetition of a shorter text.
    /// </summary>
    public bool IsStrongBootstrapSecret()
    {
        if (Secret.Length < MinBootstrapSecretLength || Secret.Distinct().Count() < MinBootstrapDistinctCharacters)
        {
            return false;
        }

        for (var period = 1; period <= Secret.Length / 2; period++)
        {
            if (Secret.AsSpan(period).SequenceEqual(Secret.AsSpan(0, Secret.Length - period)))
            {
                return false;
            }
        }

        return true;
    }

    private byte[] Digest() => SHA256.HashData(Encoding.UTF8.GetBytes(Secret));

    private static byte[] Salted(byte[] salt, byte[] digest) => HMACSHA256.HashData(salt, digest);

    /// <summary>Never prints the secret.</summary>
    public override string ToString() => $"{Prefix}{Id}_***";
}
