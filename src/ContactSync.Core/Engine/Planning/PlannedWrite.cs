using ContactSync.Core.State;

namespace ContactSync.Core.Engine.Planning;

/// <summary>What is written to one side of a pair.</summary>
/// <param name="Values">The values to send: Google path → value, or CRM field → value.</param>
/// <param name="After">The snapshot entries that hold once the write succeeds (mapping key → last-synced values).</param>
/// <param name="Fields">The fields written, with the old value and whether the conflict option decided (why).</param>
internal sealed record PlannedWrite(
    IReadOnlyDictionary<string, string> Values,
    IReadOnlyDictionary<string, FieldSnapshot> After,
    IReadOnlyList<FieldChangeInfo> Fields);
