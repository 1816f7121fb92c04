using System.IO.Compression;
using System.Text.Json;

namespace ContactSync.Http.Quotas;

/// <summary>
/// Counts the records of a write body: the elements (or members) of its top-level <c>data</c> or <c>contacts</c>; for a Zoho
/// COQL body (<c>select_query</c>) the rows its LIMIT asks (200 when it has none, Zoho's default).
/// </summary>
internal static class QuotaRecordCounter
{
    public static async ValueTask<int> CountAsync(HttpContent content, CancellationToken cancellationToken)
    {
        var bytes = await content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        if (content.Headers.ContentEncoding.Contains("gzip", StringComparer.OrdinalIgnoreCase))
        {
            using var zipped = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
            using var plain = new MemoryStream();
            await zipped.CopyToAsync(plain, cancellationToken).ConfigureAwait(false);
            bytes = plain.ToArray();
        }

        try
        {
            return Count(bytes);
        }
        catch (JsonException)
        {
            return 0;
        }
    }

    internal static int Count(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return 0;
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var records = reader.ValueTextEquals("data"u8) || reader.ValueTextEquals("contacts"u8);
            var query = reader.ValueTextEquals("select_query"u8);
            reader.Read();
            if (query && reader.TokenType == JsonTokenType.String)
            {
                return CoqlLimit(reader.GetString() ?? "");
            }

            if (records && reader.TokenType is JsonTokenType.StartArray or JsonTokenType.StartObject)
            {
                return Members(ref reader);
            }

            reader.Skip();
        }

        return 0;
    }

    /// <summary>The row count of a COQL query's <c>limit n</c>, <c>limit n offset m</c> or <c>limit m, n</c>; 200 without one.</summary>
    internal static int CoqlLimit(string query)
    {
        var words = query.Replace(",", " , ", StringComparison.Ordinal).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var at = Array.FindLastIndex(words, w => w.Equals("limit", StringComparison.OrdinalIgnoreCase));
        if (at < 0 || at + 1 >= words.Length || !int.TryParse(words[at + 1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var first))
        {
            return 200;
        }

        return at + 3 < words.Length && words[at + 2] == "," && int.TryParse(words[at + 3], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var count)
            ? count
            : first;
    }

    /// <summary>The elements of the array, or the members of the object, the reader stands on.</summary>
    private static int Members(ref Utf8JsonReader reader)
    {
        var count = 0;
        while (reader.Read() && reader.TokenType is not (JsonTokenType.EndArray or JsonTokenType.EndObject))
        {
            if (reader.TokenType == JsonTokenType.PropertyName)
            {
                reader.Read();
            }

            count++;
            reader.Skip();
        }

        return count;
    }
}
