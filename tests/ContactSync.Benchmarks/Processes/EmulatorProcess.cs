using System.Text.RegularExpressions;
using ContactSync.Testing.Processes;

namespace ContactSync.Benchmarks.Processes;

/// <summary>The standalone emulators (<c>ContactSync.Emulators.dll --port 0</c>), started empty and without the per-account contact cap.</summary>
internal sealed partial class EmulatorProcess : IAsyncDisposable
{
    private readonly ChildProcess _child;

    private EmulatorProcess(ChildProcess child, Uri baseAddress)
    {
        _child = child;
        BaseAddress = baseAddress;
    }

    /// <summary>The emulators' process id (for /proc readings).</summary>
    public int ProcessId => _child.Id;

    /// <summary>e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri BaseAddress { get; }

    /// <summary>Starts the emulators on a free loopback port with no contacts.</summary>
    public static async Task<EmulatorProcess> StartAsync(string dll, string workingDirectory, CancellationToken cancellationToken)
    {
        // No per-account contact cap: initial-crm-to-google-100k measures the engine on 100,000 contacts in one address book,
        // which the real Google refuses past 25,000 (the emulator's default cap, covered by the tests of that limit).
        string[] args = ["--port", "0", "--zoho-contacts", "0", "--google-contacts", "0", "--overlap", "0", "--seed", "42", "--google-contact-limit", "0"];
        var child = ChildProcess.StartDotnet("emulators", dll, args, new Dictionary<string, string>(), workingDirectory);
        try
        {
            var m = await child.WaitForLineAsync(Listening(), TimeSpan.FromSeconds(60), cancellationToken);
            return new EmulatorProcess(child, new Uri(m.Groups[1].Value));
        }
        catch
        {
            await child.DisposeAsync();
            throw;
        }
    }

    public ValueTask DisposeAsync() => _child.DisposeAsync();

    [GeneratedRegex(@"Emulators listening on (http://\S+)")]
    private static partial Regex Listening();
}
