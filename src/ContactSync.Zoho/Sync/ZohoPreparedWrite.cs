using System.Text.Json.Nodes;
using ContactSync.Core.Ports;

namespace ContactSync.Zoho.Sync;

/// <summary>One record on its way to Zoho: the JSON to send, the converted texts and the fields left out.</summary>
internal sealed class ZohoPreparedWrite(string key, string? id)
{
    /// <summary>The engine's correlation key.</summary>
    public string Key { get; } = key;

    /// <summary>The record id (updates), null for creates.</summary>
    public string? Id { get; } = id;

    /// <summary>The record as sent.</summary>
    public JsonObject Record { get; } = id is null ? [] : new JsonObject { ["id"] = id };

    /// <summary>Fields left out or shortened.</summary>
    public List<FieldNote> Notes { get; } = [];

    /// <summary>Field → text as Zoho will store it, for values the conversion changed.</summary>
    public Dictionary<string, string> Texts { get; } = new(StringComparer.Ordinal);

    /// <summary>True when the record has anything to write besides its id.</summary>
    public bool HasFields => Record.Any(p => p.Key != "id");

    /// <summary>Takes a field out of the record (after Zoho refused its value).</summary>
    public void LeaveOut(string field, FieldNote note)
    {
        Record.Remove(field);
        Texts.Remove(field);
        Notes.RemoveAll(n => n.Field == field);
        Notes.Add(note);
    }
}
