using System.Diagnostics;
using System.Text.Json.Nodes;
using static ContactSync.Emulators.Tests.TestSupport;

namespace ContactSync.Emulators.Tests;

/// <summary>Watch API requests and waiting for background delivery (polling a state with a generous deadline).</summary>
internal static class WatchSupport
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(60);

    public static JsonObject Item(long channelId, string notifyUrl, params string[] events) => new()
    {
        ["channel_id"] = channelId,
        ["events"] = events.ToJsonArrayForTest(),
        ["notify_url"] = notifyUrl,
    };

    public static JsonObject Body(params JsonObject[] items) => new() { ["watch"] = new JsonArray(items.Select(i => i.DeepClone()).ToArray()) };

    public static Task<HttpResponseMessage> SendAsync(HttpClient http, HttpMethod method, params JsonObject[] items) =>
        http.SendAsync(new HttpRequestMessage(method, "crm/v8/actions/watch") { Content = JsonBody(Body(items)) });

    /// <summary>Enables one channel and checks that it was accepted.</summary>
    public static async Task EnableAsync(HttpClient http, JsonObject item)
    {
        var response = await SendAsync(http, HttpMethod.Post, item);
        Assert.True(response.StatusCode == System.Net.HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
    }

    public static async Task WaitUntilAsync(Func<bool> condition, string what)
    {
        var watch = Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(watch.Elapsed < Deadline, "Timed out waiting for " + what);
            await Task.Delay(20);
        }
    }

    /// <summary>Waits until every notification accepted so far reached its final outcome.</summary>
    public static Task WaitForIdleAsync(EmulatorHost host) => WaitUntilAsync(() => host.ZohoWatch.Pending == 0, "no pending notifications");
}
