using System.Globalization;

namespace ContactSync.Emulators.Zoho;

/// <summary>
/// Standalone flags of the Watch API and its delivery: <c>--notify-drop P --notify-late P --notify-late-ms N
/// --notify-duplicate P --notify-seed N</c> (faults; probabilities 0..1, seed defaults to <c>--seed</c>),
/// <c>--notify-batch-ms N --notify-retries N --notify-retry-ms N --notify-max-channels N --notify-update-operation S
/// --notify-delete-operation S</c> (the settings of <see cref="ZohoWatchOptions"/>).
/// </summary>
internal static class ZohoWatchArguments
{
    public static ZohoWatchOptions Parse(IReadOnlyDictionary<string, string> values, int seed)
    {
        double P(string name) => values.TryGetValue(name, out var v) ? double.Parse(v, CultureInfo.InvariantCulture) : 0;
        int I(string name, int fallback) => values.TryGetValue(name, out var v) ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;
        var defaults = new ZohoWatchOptions();
        var faults = new ZohoNotificationFaults
        {
            DropProbability = P("notify-drop"),
            LateProbability = P("notify-late"),
            LateDelay = TimeSpan.FromMilliseconds(I("notify-late-ms", (int)ZohoNotificationFaults.None.LateDelay.TotalMilliseconds)),
            DuplicateProbability = P("notify-duplicate"),
            Seed = I("notify-seed", seed),
        };
        faults.Validate();
        return defaults with
        {
            Faults = faults,
            BatchWindow = TimeSpan.FromMilliseconds(I("notify-batch-ms", 0)),
            Retries = I("notify-retries", defaults.Retries),
            RetryDelay = TimeSpan.FromMilliseconds(I("notify-retry-ms", (int)defaults.RetryDelay.TotalMilliseconds)),
            MaxChannels = I("notify-max-channels", defaults.MaxChannels),
            UpdateOperation = values.GetValueOrDefault("notify-update-operation", defaults.UpdateOperation),
            DeleteOperation = values.GetValueOrDefault("notify-delete-operation", defaults.DeleteOperation),
        };
    }
}
