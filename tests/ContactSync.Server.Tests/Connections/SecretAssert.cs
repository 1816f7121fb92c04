namespace ContactSync.Server.Tests.Connections;

/// <summary>Asserts that no secret occurs in a text.</summary>
public static class SecretAssert
{
    public static void NoneIn(IEnumerable<string> secrets, string text)
    {
        foreach (var secret in secrets)
        {
            Assert.False(string.IsNullOrEmpty(secret), "A secret to look for is empty.");
            Assert.False(text.Contains(secret, StringComparison.Ordinal), $"A secret ({secret[..Math.Min(6, secret.Length)]}…) appears in the text.");
        }
    }
}
