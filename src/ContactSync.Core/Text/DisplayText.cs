using System.Globalization;
using System.Text;

namespace ContactSync.Core.Text;

/// <summary>
/// Rules for text people read back (plan names, key names, field-map keys): lengths in characters as people count them
/// (text elements, so an emoji or an accented letter is one), no control characters, no bidirectional embedding, override
/// or isolate controls (they can make a name display as something else), and at least one visible character.
/// </summary>
public static class DisplayText
{
    /// <summary>The length in text elements (user-perceived characters).</summary>
    /// <param name="text">The text.</param>
    /// <returns>How many characters a person sees.</returns>
    public static int Length(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new StringInfo(text).LengthInTextElements;
    }

    /// <summary>Why <paramref name="text"/> is not acceptable, or <see langword="null"/> when it is.</summary>
    /// <param name="text">The text (already trimmed by the caller when that is the rule).</param>
    /// <param name="maxLength">The most characters (text elements).</param>
    /// <param name="what">What the text is, for the message, e.g. "A plan name".</param>
    /// <returns>A sentence for a field violation, or <see langword="null"/>.</returns>
    public static string? Problem(string text, int maxLength, string what)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Any(char.IsControl))
        {
            return $"{what} must not contain control characters (tabs, line breaks, …).";
        }

        if (text.Any(IsBidiControl))
        {
            return $"{what} must not contain bidirectional control characters (U+202A–U+202E, U+2066–U+2069).";
        }

        if (!text.EnumerateRunes().Any(IsVisible))
        {
            return $"{what} needs at least one visible character; this one has only spaces or invisible characters.";
        }

        var length = Length(text);
        return length > maxLength ? $"{what} has at most {maxLength} characters; this one has {length}." : null;
    }

    /// <summary>Embedding, override and isolate controls, which reorder how text displays.</summary>
    private static bool IsBidiControl(char c) => c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');

    /// <summary>Whether a character shows something: not a space, format character, lone mark or a blank "filler" letter.</summary>
    private static bool IsVisible(Rune rune)
    {
        if (Rune.IsWhiteSpace(rune) || Rune.IsControl(rune))
        {
            return false;
        }

        switch (Rune.GetUnicodeCategory(rune))
        {
            case UnicodeCategory.Format:
            case UnicodeCategory.NonSpacingMark:
            case UnicodeCategory.EnclosingMark:
            case UnicodeCategory.SpaceSeparator:
            case UnicodeCategory.LineSeparator:
            case UnicodeCategory.ParagraphSeparator:
            case UnicodeCategory.Surrogate:
                return false;
        }

        // Hangul fillers, the braille blank and the Khmer inherent vowels render as nothing.
        return rune.Value is not (0x115F or 0x1160 or 0x3164 or 0xFFA0 or 0x2800 or 0x17B4 or 0x17B5);
    }
}
