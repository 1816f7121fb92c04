using System.Text;

namespace ContactSync.Core.Engine.Planning;

/// <summary>
/// Normalises values for comparison so formatting churn is not a change: trims, unifies line endings, collapses runs of
/// spaces in single-line values, lower-cases emails, and compares phone numbers by their dialable characters.
/// </summary>
public static class ValueNormalizer
{
    /// <summary>The comparison form of a value of the given Google field ("emailAddresses", "phoneNumbers", …).</summary>
    public static string Normalize(string googleField, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return "";
        }

        var text = value.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Trim();
        return googleField switch
        {
            "emailAddresses" => text.ToLowerInvariant(),
            "phoneNumbers" => NormalizePhone(text),
            "biographies" => text,
            "addresses" => CollapseSpaces(text, keepNewLines: true),
            _ => CollapseSpaces(text, keepNewLines: false),
        };
    }

    /// <summary>The matching key of an email ("" when none).</summary>
    public static string EmailKey(string? email) => string.IsNullOrWhiteSpace(email) ? "" : email.Trim().ToLowerInvariant();

    private static string NormalizePhone(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var ch in text)
        {
            if (char.IsDigit(ch) || (ch == '+' && builder.Length == 0) || ch == '*' || ch == '#')
            {
                builder.Append(ch);
            }
            else if (char.IsLetter(ch))
            {
                // Extensions and vanity letters are meaningful: keep the rest verbatim.
                return CollapseSpaces(text, keepNewLines: false);
            }
        }

        return builder.ToString();
    }

    private static string CollapseSpaces(string text, bool keepNewLines)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var ch in text)
        {
            if (ch == '\n' && keepNewLines)
            {
                builder.Append('\n');
                pendingSpace = false;
            }
            else if (char.IsWhiteSpace(ch))
            {
                pendingSpace = builder.Length > 0 && builder[^1] != '\n';
            }
            else
            {
                if (pendingSpace)
                {
                    builder.Append(' ');
                    pendingSpace = false;
                }

                builder.Append(ch);
            }
        }

        return builder.ToString();
    }
}
