// ContactSync build script. Run with: dotnet tool restore && dotnet cake --target=<Task>
// List the tasks with: dotnet cake --description
#load "build/bench.cake"
#load "build/module.cake"

///////////////////////////////////////////////////////////////////////////////
// ARGUMENTS
///////////////////////////////////////////////////////////////////////////////

var target = Argument<string>("target", "Default");
var configuration = Argument<string>("configuration", "Release");

///////////////////////////////////////////////////////////////////////////////
// PATHS
///////////////////////////////////////////////////////////////////////////////

var solution = File("./ContactSync.sln");
var artifacts = Directory("./artifacts");
var testResults = artifacts + Directory("test-results");
var serverProject = File("./src/ContactSync.Server/ContactSync.Server.csproj");
var serverOutput = artifacts + Directory("bin/ContactSync.Server") + Directory(configuration.ToLowerInvariant());
var demoOutput = artifacts + Directory("bin/ContactSync.Demo") + Directory(configuration.ToLowerInvariant());

///////////////////////////////////////////////////////////////////////////////
// TASKS
///////////////////////////////////////////////////////////////////////////////

Task("Clean")
    .Description("Deletes the artifacts folder (build output and test results).")
    .Does(() =>
{
    if (DirectoryExists(artifacts))
    {
        DeleteDirectory(artifacts, new DeleteDirectorySettings { Recursive = true, Force = true });
    }
});

Task("Restore")
    .Description("Restores the NuGet packages of the solution.")
    .Does(() =>
{
    DotNetRestore(solution);
});

Task("Build")
    .Description("Builds the solution (warnings are errors) without restoring again.")
    .IsDependentOn("Restore")
    .Does(() =>
{
    DotNetBuild(solution, new DotNetBuildSettings
    {
        Configuration = configuration,
        NoRestore = true,
    });
});

Task("Test")
    .Description("Runs every test project of the solution without building again; trx results go to artifacts/test-results.")
    .IsDependentOn("Build")
    .Does(() =>
{
    if (DirectoryExists(testResults))
    {
        DeleteDirectory(testResults, new DeleteDirectorySettings { Recursive = true, Force = true });
    }

    DotNetTest(solution, new DotNetTestSettings
    {
        Configuration = configuration,
        NoBuild = true,
        NoRestore = true,
        Loggers = { "trx", "console;verbosity=normal" },
        ResultsDirectory = testResults,
    });
});

Task("Run")
    .Description("Starts the server with its embedded defaults (native gRPC on 127.0.0.1:5180, gRPC-Web on 127.0.0.1:5181, data in ./data) until Ctrl+C.")
    .IsDependentOn("Build")
    .Does(() =>
{
    var dll = serverOutput + File("ContactSync.Server.dll");
    Information("Starting {0}; stop it with Ctrl+C.", dll);
    DotNetExecute(dll, new ProcessArgumentBuilder().Append("--contentRoot").AppendQuoted(MakeAbsolute(serverOutput).FullPath));
});

Task("Demo")
    .Description("The main job on embedded defaults: starts the bundled emulators with seeded data and the server on SQLite, configures a bidirectional plan, syncs it with visible progress, prints the summary and the status. Pass --demoArgs=\"--zoho-contacts=5000 --keep-running\" to change it (--demoArgs=--help lists the options).")
    .IsDependentOn("Build")
    .Does(() =>
{
    var dll = demoOutput + File("ContactSync.Demo.dll");
    var exitCode = StartProcess("dotnet", new ProcessSettings
    {
        Arguments = new ProcessArgumentBuilder().AppendQuoted(MakeAbsolute(dll).FullPath).Append(Argument<string>("demoArgs", "")),
    });
    if (exitCode != 0)
    {
        throw new CakeException($"The demo sync did not succeed (exit code {exitCode}).");
    }
});

Task("Try")
    .Description("Try the module without real accounts: the Demo's emulators and server (on the default ports 5180/5181) keep running after a first sync and print the Connect-ContactSync line to paste; Ctrl+C stops them. Pass --demoArgs=\"...\" for other options (--help lists them).")
    .IsDependentOn("Build")
    .Does(() =>
{
    var dll = demoOutput + File("ContactSync.Demo.dll");
    var exitCode = StartProcess("dotnet", new ProcessSettings
    {
        Arguments = new ProcessArgumentBuilder()
            .AppendQuoted(MakeAbsolute(dll).FullPath)
            .Append("--keep-running --zoho-contacts 300 --google-contacts 150 --overlap 50 --grpc-port 5180 --grpc-web-port 5181")
            .Append(Argument<string>("demoArgs", "")),
    });
    if (exitCode != 0 && exitCode != 130)
    {
        throw new CakeException($"The try-it server did not start or stop cleanly (exit code {exitCode}).");
    }
});

Task("Default")
    .Description("Builds and tests the solution.")
    .IsDependentOn("Test");

RunTarget(target);
