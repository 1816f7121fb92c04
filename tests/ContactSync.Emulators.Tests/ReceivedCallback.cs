using System.Text.Json.Nodes;

namespace ContactSync.Emulators.Tests;

/// <summary>One request the <see cref="NotificationReceiver"/> got.</summary>
internal sealed record ReceivedCallback(string PathAndQuery, string? ContentType, string Body)
{
    public JsonObject Json => JsonNode.Parse(Body)!.AsObject();
}
