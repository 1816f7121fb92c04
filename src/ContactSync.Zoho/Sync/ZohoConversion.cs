using System.Text.Json.Nodes;
using ContactSync.Core.Ports;

namespace ContactSync.Zoho.Sync;

/// <summary>One value converted for a Zoho field: what to send, the text Zoho will store, or why it is not sent.</summary>
/// <param name="Send">False when the field is left out of the write.</param>
/// <param name="Value">The JSON value to send (null clears the field).</param>
/// <param name="Text">The value as the engine will read it back, when it differs from the input text.</param>
/// <param name="Note">Why the value was left out or shortened.</param>
internal readonly record struct ZohoConversion(bool Send, JsonNode? Value, string? Text, FieldNote? Note)
{
    public static ZohoConversion Clear => new(true, null, null, null);

    public static ZohoConversion Of(JsonNode value, string input, string stored) => new(true, value, stored == input ? null : stored, null);

    public static ZohoConversion Skip(string field, string type, string message) => new(false, null, null, new FieldNote(field, null, type, message));
}
