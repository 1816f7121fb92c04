namespace ContactSync.Emulators.Zoho;

/// <summary>One comparison of a COQL <c>where</c> clause: <c>Field op value</c> or <c>Field in (values)</c>.</summary>
/// <param name="Field">The field API name (<c>Owner</c> and <c>Owner.id</c> compare the owner's user id).</param>
/// <param name="Operator">=, !=, &gt;, &gt;=, &lt;, &lt;=, in or not in (lower case).</param>
/// <param name="Values">The literal(s), unquoted.</param>
internal sealed record ZohoCoqlCondition(string Field, string Operator, IReadOnlyList<string> Values);
