using System.Diagnostics;
using System.Net.Sockets;
using ContactSync.Testing.Databases;

namespace ContactSync.Storage.Tests;

/// <summary>
/// The tests' throw-away PostgreSQL is stopped when the process that started it ends, however it ends: a test host killed
/// (or ended without running ProcessExit) used to leave its cluster running for good.
/// </summary>
public sealed class PostgresClusterLifetimeTests
{
    private static readonly TimeSpan Deadline = TimeSpan.FromMinutes(3);

    [Fact]
    public async Task ACluster_WhoseOwnerProcessIsKilled_IsStoppedAndRemoved()
    {
        using var owner = Process.Start(new ProcessStartInfo("sleep", "3600") { UseShellExecute = false })
            ?? throw new InvalidOperationException("sleep did not start.");
        PostgresServer? cluster = null;
        try
        {
            cluster = await PostgresServer.StartOwnedByAsync(owner.Id);
            Assert.True(await AcceptsAsync(cluster.Port), "the cluster should accept connections while its owner lives");

            owner.Kill();
            await owner.WaitForExitAsync();

            var stopped = await WaitUntilAsync(async () => !Directory.Exists(cluster.Folder) && !await AcceptsAsync(cluster.Port));
            Assert.True(stopped, $"the cluster in {cluster.Folder} (port {cluster.Port}) still runs {Deadline} after its owner was killed");
        }
        finally
        {
            if (cluster is not null && Directory.Exists(cluster.Folder))
            {
                await cluster.StopAsync();
            }
        }
    }

    private static async Task<bool> WaitUntilAsync(Func<Task<bool>> condition)
    {
        var start = TimeProvider.System.GetTimestamp();
        while (TimeProvider.System.GetElapsedTime(start) < Deadline)
        {
            if (await condition())
            {
                return true;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(250));
        }

        return await condition();
    }

    private static async Task<bool> AcceptsAsync(int port)
    {
        using var client = new TcpClient();
        try
        {
            await client.ConnectAsync("127.0.0.1", port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
