using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace ContactSync.Storage.Persistence;

/// <summary>
/// Stores a <see cref="DateTime"/> as UTC and reads it back as UTC: a local time is converted, a time without a kind is
/// taken as UTC (what the entities hold; SQLite stores them so). Npgsql refuses to write a non-UTC value to
/// <c>timestamp with time zone</c>; this keeps one entity code for both providers.
/// </summary>
internal static class UtcDateTimeConverter
{
    /// <summary>For <see cref="DateTime"/> properties.</summary>
    public static ValueConverter<DateTime, DateTime> Instance { get; } = new(v => ToUtc(v), v => ToUtc(v));

    /// <summary>For nullable <see cref="DateTime"/> properties.</summary>
    public static ValueConverter<DateTime?, DateTime?> NullableInstance { get; } =
        new(v => v.HasValue ? ToUtc(v.Value) : v, v => v.HasValue ? ToUtc(v.Value) : v);

    /// <summary>The same instant with <see cref="DateTimeKind.Utc"/>.</summary>
    public static DateTime ToUtc(DateTime value) => value.Kind switch
    {
        DateTimeKind.Utc => value,
        DateTimeKind.Local => value.ToUniversalTime(),
        _ => DateTime.SpecifyKind(value, DateTimeKind.Utc),
    };
}
