using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace ContactSync.Emulators.Zoho;

/// <summary>
/// Parses the subset of COQL a sync needs (reference §2.8: <c>POST /crm/v8/coql {"select_query": …}</c>):
/// <c>select f1, f2 | COUNT(id) from Contacts [where c1 and c2 …] [order by f [asc|desc]] [limit n [offset m] | limit m, n]</c>,
/// each condition <c>field op 'literal'</c> with =, !=, &gt;, &gt;=, &lt;, &lt;= or <c>field [not] in ('a', 'b')</c>.
/// Real COQL also has <c>or</c>, parentheses, joins through lookups and other functions: the emulator answers those with
/// 400 SYNTAX_ERROR (it does not claim to be complete). The error codes are Zoho's COQL ones (SYNTAX_ERROR,
/// LIMIT_EXCEEDED, INVALID_QUERY); their exact <c>details</c> are not in the reference and are kept minimal.
/// </summary>
internal static class ZohoCoqlParser
{
    private static readonly string[] Comparisons = [">=", "<=", "!=", "=", ">", "<"];

    /// <summary>The query, or the 400 error body.</summary>
    public static (ZohoCoqlQuery? Query, JsonObject? Error) Parse(string text)
    {
        var tokens = Tokenize(text);
        if (tokens is null)
        {
            return (null, Syntax("select", "unterminated literal"));
        }

        var reader = new TokenReader(tokens);
        if (!reader.Take("select"))
        {
            return (null, Syntax("select", reader.Peek));
        }

        var (fields, countOnly) = ReadSelect(reader);
        if (fields.Count == 0 && !countOnly)
        {
            return (null, Syntax("select", reader.Peek));
        }

        if (!reader.Take("from") || !string.Equals(reader.Next(), "Contacts", StringComparison.Ordinal))
        {
            return (null, Syntax("from", reader.Peek));
        }

        var conditions = new List<ZohoCoqlCondition>();
        if (reader.Take("where") && ReadConditions(reader, conditions) is { } whereError)
        {
            return (null, whereError);
        }

        var (orderBy, descending) = ("id", false);
        if (reader.Take("order"))
        {
            if (!reader.Take("by") || reader.Next() is not { } field)
            {
                return (null, Syntax("order by", reader.Peek));
            }

            orderBy = field;
            descending = reader.Take("desc");
            _ = descending || reader.Take("asc");
        }

        var (limit, offset, limitError) = ReadLimit(reader);
        if (limitError is not null)
        {
            return (null, limitError);
        }

        return reader.Peek is { } rest
            ? (null, Syntax("limit", rest))
            : (new ZohoCoqlQuery(fields, countOnly, conditions, orderBy, descending, limit, offset), null);
    }

    private static (List<string> Fields, bool CountOnly) ReadSelect(TokenReader reader)
    {
        var fields = new List<string>();
        if (reader.Take("count"))
        {
            return (fields, reader.Next() == "(" && reader.Take("id") && reader.Next() == ")");
        }

        while (reader.Peek is { } token && !token.Equals("from", StringComparison.OrdinalIgnoreCase))
        {
            reader.Next();
            if (token != ",")
            {
                fields.Add(token);
            }
        }

        return (fields, false);
    }

    private static JsonObject? ReadConditions(TokenReader reader, List<ZohoCoqlCondition> conditions)
    {
        do
        {
            if (reader.Next() is not { } field)
            {
                return Syntax("where", null);
            }

            var negated = reader.Take("not");
            if (reader.Take("in"))
            {
                if (reader.Next() != "(")
                {
                    return Syntax("where", reader.Peek);
                }

                var values = new List<string>();
                while (reader.Next() is { } value && value != ")")
                {
                    if (value != ",")
                    {
                        values.Add(Unquote(value));
                    }
                }

                conditions.Add(new ZohoCoqlCondition(field, negated ? "not in" : "in", values));
                continue;
            }

            var op = reader.Next();
            if (negated || op is null || !Comparisons.Contains(op) || reader.Next() is not { } literal)
            {
                return Syntax("where", op);
            }

            conditions.Add(new ZohoCoqlCondition(field, op, [Unquote(literal)]));
        }
        while (reader.Take("and"));

        return reader.Peek is { } next && next.Equals("or", StringComparison.OrdinalIgnoreCase) ? Syntax("where", next) : null;
    }

    private static (int Limit, int Offset, JsonObject? Error) ReadLimit(TokenReader reader)
    {
        if (!reader.Take("limit"))
        {
            return (200, 0, null);
        }

        if (!TryInt(reader.Next(), out var first))
        {
            return (0, 0, Syntax("limit", reader.Peek));
        }

        if (reader.Peek == ",")
        {
            reader.Next();
            return TryInt(reader.Next(), out var count) ? (count, first, null) : (0, 0, Syntax("limit", reader.Peek));
        }

        if (reader.Take("offset"))
        {
            return TryInt(reader.Next(), out var offset) ? (first, offset, null) : (0, 0, Syntax("offset", reader.Peek));
        }

        return (first, 0, null);
    }

    private static bool TryInt(string? token, out int value) =>
        int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out value);

    private static string Unquote(string token) =>
        token.Length >= 2 && token[0] == '\'' && token[^1] == '\'' ? token[1..^1].Replace("\\'", "'", StringComparison.Ordinal) : token;

    /// <summary>Words, quoted literals (kept with their quotes), and the punctuation ( ) , and comparison operators.</summary>
    private static List<string>? Tokenize(string text)
    {
        var tokens = new List<string>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (c == '\'')
            {
                var end = i + 1;
                var literal = new StringBuilder("'");
                while (end < text.Length && text[end] != '\'')
                {
                    literal.Append(text[end] == '\\' && end + 1 < text.Length ? text[++end] : text[end]);
                    end++;
                }

                if (end >= text.Length)
                {
                    return null;
                }

                tokens.Add(literal.Append('\'').ToString());
                i = end + 1;
            }
            else if (c is '(' or ')' or ',')
            {
                tokens.Add(c.ToString());
                i++;
            }
            else if (c is '<' or '>' or '=' or '!')
            {
                var two = i + 1 < text.Length && text[i + 1] == '=';
                tokens.Add(text.Substring(i, two ? 2 : 1));
                i += two ? 2 : 1;
            }
            else
            {
                var start = i;
                while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] is not ('\'' or ',' or '<' or '>' or '=' or '!' or '(' or ')'))
                {
                    i++;
                }

                tokens.Add(text[start..i]);
            }
        }

        return tokens;
    }

    private static JsonObject Syntax(string clause, string? near) =>
        ZohoErrors.Error("SYNTAX_ERROR", "error occured while parsing the query", new JsonObject { ["clause"] = clause, ["near"] = near ?? "" });

    /// <summary>Walks the tokens; keywords compare case-insensitively.</summary>
    private sealed class TokenReader(List<string> tokens)
    {
        private int _at;

        public string? Peek => _at < tokens.Count ? tokens[_at] : null;

        public string? Next() => _at < tokens.Count ? tokens[_at++] : null;

        public bool Take(string keyword)
        {
            if (Peek is { } token && token.Equals(keyword, StringComparison.OrdinalIgnoreCase))
            {
                _at++;
                return true;
            }

            return false;
        }
    }
}
