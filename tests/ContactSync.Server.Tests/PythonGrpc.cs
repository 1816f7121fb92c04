namespace ContactSync.Server.Tests;

/// <summary>
/// Debian's python3 with grpcio and grpcio-tools, installed once per test run by tests/interop/python/ensure-deps.sh
/// (apt-get as root when missing), shared by every test that runs a Python client.
/// </summary>
internal static class PythonGrpc
{
    private static readonly Lazy<Task<string>> Python = new(EnsureAsync);

    /// <summary>The python to run (after the packages are there).</summary>
    public static Task<string> PathAsync() => Python.Value;

    /// <summary>The folder of the Python example client.</summary>
    public static string Folder => System.IO.Path.Combine(NodeInteropTests.RepositoryRoot(), "tests", "interop", "python");

    private static async Task<string> EnsureAsync()
    {
        var deps = await NodeInteropTests.RunAsync("bash", ["ensure-deps.sh"], Folder, new Dictionary<string, string>());
        Assert.True(deps.ExitCode == 0, "ensure-deps.sh failed: " + deps.Output);
        return deps.Output.Trim().Split('\n')[^1].Trim();
    }
}
