using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;

namespace ContactSync.Zoho;

/// <summary>The Watch API of the Contacts module: change notifications for near-real-time plans.</summary>
public sealed partial class ZohoCrmClient
{
    /// <summary>The most fields one <c>notification_condition</c> field selection may name (reference §6, v6+).</summary>
    public const int MaxWatchConditionFields = 10;

    /// <summary>The longest token Zoho echoes in callbacks.</summary>
    public const int MaxWatchTokenLength = 50;

    /// <summary>The longest channel lifetime Zoho allows (one week; a later expiry becomes one hour).</summary>
    public static readonly TimeSpan MaxWatchLifetime = TimeSpan.FromDays(7);

    private const string WatchPath = "actions/watch";

    /// <summary>Enables (POST) a channel; an enable of a live channel id replaces it. Throws <see cref="ZohoApiException"/> when refused.</summary>
    public Task<ZohoWatchChannelState> EnableWatchAsync(ZohoWatchSubscription subscription, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        if (subscription.Token.Length is 0 or > MaxWatchTokenLength)
        {
            throw new ArgumentException($"A watch token has 1 to {MaxWatchTokenLength} characters.", nameof(subscription));
        }

        var item = WatchItem(subscription.ChannelId, subscription.NotifyUrl, subscription.Expiry);
        item["token"] = subscription.Token;
        item["notify_on_related_action"] = false;
        item["return_affected_field_values"] = false;
        if (subscription.ConditionFields is { Count: > 0 and <= MaxWatchConditionFields } fields)
        {
            item["notification_condition"] = Condition(fields);
        }

        return SendWatchAsync(HttpMethod.Post, item, "POST /crm/v8/actions/watch", cancellationToken);
    }

    /// <summary>Moves a live channel's expiry (PATCH; its token and condition stay). Throws <see cref="ZohoApiException"/> when refused.</summary>
    public Task<ZohoWatchChannelState> RenewWatchAsync(long channelId, string notifyUrl, DateTimeOffset expiry, CancellationToken cancellationToken) =>
        SendWatchAsync(HttpMethod.Patch, WatchItem(channelId, notifyUrl, expiry), "PATCH /crm/v8/actions/watch", cancellationToken);

    /// <summary>Disables a channel (DELETE); false when Zoho no longer knows it (expired or removed already).</summary>
    public async Task<bool> DisableWatchAsync(long channelId, CancellationToken cancellationToken)
    {
        var path = $"{WatchPath}?channel_ids={channelId.ToString(CultureInfo.InvariantCulture)}";
        using var response = await SendAsync(HttpMethod.Delete, path, null, null, "DELETE /crm/v8/actions/watch", cancellationToken).ConfigureAwait(false);
        var body = await ReadJsonAsync(response, cancellationToken).ConfigureAwait(false);
        if (response.IsSuccessStatusCode)
        {
            return true;
        }

        var item = (body?["watch"] as JsonArray)?.OfType<JsonObject>().FirstOrDefault();
        if (response.StatusCode == HttpStatusCode.BadRequest && item is not null)
        {
            return false;
        }

        throw ToException(response, body);
    }

    /// <summary>The live channel with this id as Zoho reports it (GET details), or null when Zoho no longer knows it (expired or removed).</summary>
    public async Task<ZohoWatchChannelState?> GetWatchAsync(long channelId, CancellationToken cancellationToken)
    {
        var path = $"{WatchPath}?channel_id={channelId.ToString(CultureInfo.InvariantCulture)}";
        using var response = await SendAsync(HttpMethod.Get, path, null, null, "GET /crm/v8/actions/watch", cancellationToken).ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.NoContent)
        {
            return null;
        }

        var body = await ReadSuccessAsync(response, cancellationToken).ConfigureAwait(false);
        var item = (body["watch"] as JsonArray)?.OfType<JsonObject>().FirstOrDefault(w => GetString(w, "channel_id") == channelId.ToString(CultureInfo.InvariantCulture));
        return item is null ? null : new ZohoWatchChannelState(channelId, ZohoTime.TryParse(GetString(item, "channel_expiry"), out var expiry) ? expiry : null);
    }

    private async Task<ZohoWatchChannelState> SendWatchAsync(HttpMethod method, JsonObject item, string operation, CancellationToken cancellationToken)
    {
        var channelId = item["channel_id"]!.GetValue<long>();
        using var response = await SendAsync(method, WatchPath, new JsonObject { ["watch"] = new JsonArray(item) }, null, operation, cancellationToken).ConfigureAwait(false);
        var body = await ReadJsonAsync(response, cancellationToken).ConfigureAwait(false);
        var result = (body?["watch"] as JsonArray)?.OfType<JsonObject>().FirstOrDefault();
        if (result is null || !string.Equals(GetString(result, "status"), "success", StringComparison.OrdinalIgnoreCase))
        {
            throw result is null
                ? ToException(response, body)
                : new ZohoApiException(GetString(result, "code") ?? $"HTTP_{(int)response.StatusCode}", (int)response.StatusCode,
                    GetString(result, "message") ?? "Zoho refused the watch channel.", (JsonObject?)(result["details"] as JsonObject)?.DeepClone());
        }

        var events = (result["details"] as JsonObject)?["events"] as JsonArray;
        var expiry = events?.OfType<JsonObject>().Select(e => GetString(e, "channel_expiry")).FirstOrDefault(e => e is not null);
        return new ZohoWatchChannelState(channelId, ZohoTime.TryParse(expiry, out var parsed) ? parsed : null);
    }

    private static JsonObject WatchItem(long channelId, string notifyUrl, DateTimeOffset expiry)
    {
        ArgumentException.ThrowIfNullOrEmpty(notifyUrl);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(channelId);
        return new JsonObject
        {
            ["channel_id"] = channelId,
            ["events"] = new JsonArray("Contacts.all"),
            ["notify_url"] = notifyUrl,
            ["channel_expiry"] = ZohoTime.Format(expiry.ToUniversalTime()),
        };
    }

    /// <summary>One field selection: an edit is notified when any of the fields changed.</summary>
    private static JsonArray Condition(IReadOnlyList<string> fields) => new(new JsonObject
    {
        ["type"] = "field_selection",
        ["module"] = new JsonObject { ["api_name"] = "Contacts" },
        ["field_selection"] = new JsonObject
        {
            ["group_operator"] = "or",
            ["group"] = new JsonArray(fields.Select(f => (JsonNode?)new JsonObject { ["field"] = new JsonObject { ["api_name"] = f } }).ToArray()),
        },
    });
}
