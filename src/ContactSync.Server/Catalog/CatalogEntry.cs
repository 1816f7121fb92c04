using System.Runtime.ExceptionServices;

namespace ContactSync.Server.Catalog;

/// <summary>A cached live answer: a value, or a denial to repeat, until <paramref name="Expires"/>.</summary>
/// <param name="Expires">When the answer must be read again.</param>
/// <param name="Value">The answer.</param>
/// <param name="Denial">A permission denial to throw again instead.</param>
internal sealed record CatalogEntry(DateTimeOffset Expires, object? Value, ExceptionDispatchInfo? Denial);
