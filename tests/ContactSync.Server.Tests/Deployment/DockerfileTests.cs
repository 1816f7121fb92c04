using System.Diagnostics;
using System.Text.RegularExpressions;
using ContactSync.Testing.Hosting;

namespace ContactSync.Server.Tests.Deployment;

/// <summary>
/// The container image definition, checked as far as a machine without docker allows: its stages, that the server runs as
/// a non-root user, that what it copies and publishes exists, and that its health check really reports a serving server.
/// </summary>
public sealed partial class DockerfileTests
{
    private static readonly string[] Lines = Joined(RepositoryFiles.Read("Dockerfile"));

    [Fact]
    public void IsMultiStage_AndTheRuntimeStageRunsTheServerAsANonRootUser()
    {
        var stages = Lines.Where(l => l.StartsWith("FROM ", StringComparison.Ordinal)).ToList();
        var runtime = Lines.SkipWhile(l => l != stages[^1]).ToList();

        Assert.True(stages.Count >= 2, "A build stage and a runtime stage.");
        Assert.Contains("dotnet/aspnet", stages[^1], StringComparison.Ordinal);
        var user = Assert.Single(runtime, l => l.StartsWith("USER ", StringComparison.Ordinal));
        Assert.DoesNotMatch(@"^USER\s+(root|0)(:|$)", user);
        Assert.Contains(runtime, l => l.StartsWith("ENTRYPOINT", StringComparison.Ordinal) && l.Contains("ContactSync.Server.dll", StringComparison.Ordinal));
        Assert.True(runtime.IndexOf(user) < runtime.FindIndex(l => l.StartsWith("ENTRYPOINT", StringComparison.Ordinal)));
    }

    [Fact]
    public void WhatItCopiesAndPublishes_Exists()
    {
        var sources = Lines.Where(l => l.StartsWith("COPY ", StringComparison.Ordinal) && !l.Contains("--from=", StringComparison.Ordinal))
            .Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1..^1])
            .SelectMany(s => s)
            .Where(s => s != ".")
            .ToList();
        var published = PublishedProject().Match(string.Join('\n', Lines));

        Assert.NotEmpty(sources);
        Assert.All(sources, s => Assert.True(File.Exists(Path.Combine(RepositoryFiles.Root, s)) || Directory.Exists(Path.Combine(RepositoryFiles.Root, s)), s));
        Assert.True(published.Success);
        Assert.True(File.Exists(Path.Combine(RepositoryFiles.Root, published.Groups[1].Value)), published.Groups[1].Value);
        Assert.Contains(Lines, l => l.Contains("-p:SkipWebApp=true", StringComparison.Ordinal));
    }

    [Fact]
    public async Task HealthCheck_ReportsAServingServerHealthy_AndNoServerUnhealthy()
    {
        var command = Lines.Single(l => l.StartsWith("HEALTHCHECK", StringComparison.Ordinal));
        command = command[(command.IndexOf(" CMD ", StringComparison.Ordinal) + 5)..];
        await using var server = await TestServer.StartAsync();

        var healthy = await RunAsync(command.Replace("127.0.0.1:5181", server.Host.GrpcWebAddress.Authority, StringComparison.Ordinal));
        var down = await RunAsync(command.Replace("127.0.0.1:5181", "127.0.0.1:1", StringComparison.Ordinal));

        Assert.Equal(0, healthy);
        Assert.NotEqual(0, down);
    }

    /// <summary>The Dockerfile's instructions, continuation lines joined, comments dropped.</summary>
    private static string[] Joined(string text) =>
        text.Replace("\\\n", " ", StringComparison.Ordinal).Split('\n')
            .Select(l => MultipleSpaces().Replace(l.Trim(), " "))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .ToArray();

    private static async Task<int> RunAsync(string shellCommand)
    {
        using var process = Process.Start(new ProcessStartInfo("sh") { ArgumentList = { "-c", shellCommand }, RedirectStandardOutput = true, RedirectStandardError = true })!;
        await process.WaitForExitAsync();
        return process.ExitCode;
    }

    [GeneratedRegex(@"dotnet publish (\S+\.csproj)")]
    private static partial Regex PublishedProject();

    [GeneratedRegex(@"\s+")]
    private static partial Regex MultipleSpaces();
}
