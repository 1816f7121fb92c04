using System.Globalization;
using System.Text;

namespace ContactSync.Server.Errors;

/// <summary>Shortens text for statuses by whole text elements (never splitting a surrogate pair or a combining sequence).</summary>
internal static class BoundedText
{
    private const string Ellipsis = "…";

    /// <summary>Input quoted back to the caller: at most <see cref="StatusLimits.MaxEcho"/> text elements, control characters shown as '?'.</summary>
    public static string Echo(string? input)
    {
        var text = Truncate(input ?? "", StatusLimits.MaxEcho);
        return string.Create(text.Length, text, (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = char.IsControl(source[i]) ? '?' : source[i];
            }
        });
    }

    /// <summary>At most <paramref name="maxElements"/> text elements; longer text ends with "…".</summary>
    public static string Truncate(string text, int maxElements)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length <= maxElements)
        {
            return text;
        }

        var enumerator = StringInfo.GetTextElementEnumerator(text);
        var count = 0;
        while (enumerator.MoveNext())
        {
            if (++count == maxElements)
            {
                var end = enumerator.ElementIndex + enumerator.GetTextElement().Length;
                return end >= text.Length ? text : text[..end] + Ellipsis;
            }
        }

        return text;
    }

    /// <summary>At most <paramref name="maxBytes"/> bytes once percent-encoded as grpc-message is; longer text ends with "…".</summary>
    public static string LimitEncoded(string text, int maxBytes)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (EncodedLength(text) <= maxBytes)
        {
            return text;
        }

        var budget = maxBytes - EncodedLength(Ellipsis);
        var result = new StringBuilder();
        var enumerator = StringInfo.GetTextElementEnumerator(text);
        while (enumerator.MoveNext())
        {
            var element = enumerator.GetTextElement();
            var cost = EncodedLength(element);
            if (cost > budget)
            {
                break;
            }

            budget -= cost;
            result.Append(element);
        }

        return result.Append('…').ToString();
    }

    /// <summary>The length of the text percent-encoded the way gRPC sends grpc-message.</summary>
    public static int EncodedLength(string text)
    {
        var length = 0;
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            length += b is >= 0x20 and <= 0x7E && b != (byte)'%' ? 1 : 3;
        }

        return length;
    }
}
