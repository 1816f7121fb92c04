namespace ContactSync.Core.Plans;

/// <summary>One invalid field of a request, as reported in <c>google.rpc.BadRequest</c>.</summary>
/// <param name="Field">The field path in proto form, e.g. <c>plan.field_mappings[3].google_field</c>.</param>
/// <param name="Description">Why the value is not accepted, for people.</param>
public sealed record FieldViolation(string Field, string Description);
