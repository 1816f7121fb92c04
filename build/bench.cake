// The benchmark (issue 7). Loaded by build.cake; run with:
//   dotnet tool restore && dotnet cake --target=Bench [--scenarios=a,b] [--runs=N] [--warmups=N]
// Starts the emulators and the server as separate processes on loopback, drives them over gRPC and writes
// artifacts/bench/results.json and artifacts/bench/results.md. Not part of Test; the full set takes minutes.

Task("Bench")
    .Description("Runs the benchmark scenarios (options --scenarios=a,b --runs=N --warmups=N); writes artifacts/bench/results.json and results.md.")
    .IsDependentOn("Build")
    .Does(() =>
{
    var benchConfiguration = Argument<string>("configuration", "Release").ToLowerInvariant();
    var dll = MakeAbsolute(File("./artifacts/bin/ContactSync.Benchmarks/" + benchConfiguration + "/ContactSync.Benchmarks.dll"));
    var args = new ProcessArgumentBuilder();
    var command = "dotnet cake --target=Bench";
    foreach (var name in new[] { "scenarios", "runs", "warmups" })
    {
        if (HasArgument(name))
        {
            var value = Argument<string>(name);
            args.Append("--" + name).AppendQuoted(value);
            command += " --" + name + "=" + value;
        }
    }

    if (benchConfiguration != "release")
    {
        command += " --configuration=" + benchConfiguration;
    }

    args.Append("--configuration").Append(benchConfiguration);
    var exitCode = StartProcess("dotnet", new ProcessSettings
    {
        Arguments = new ProcessArgumentBuilder().AppendQuoted(dll.FullPath).Append(args.Render()),
        WorkingDirectory = MakeAbsolute(Directory(".")),
        EnvironmentVariables = new Dictionary<string, string> { ["CONTACTSYNC_BENCH_COMMAND"] = command },
    });
    if (exitCode != 0)
    {
        throw new CakeException(exitCode, "The benchmark stopped early in at least one scenario (see above); the figures it has are in artifacts/bench.");
    }
});
