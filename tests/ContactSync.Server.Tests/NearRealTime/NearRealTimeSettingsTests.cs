using ContactSync.Server.Hosting;
using ContactSync.Testing.Hosting;

namespace ContactSync.Server.Tests.NearRealTime;

/// <summary>Near-real-time settings that Zoho or the server cannot honour stop the server with a message naming the setting.</summary>
public sealed class NearRealTimeSettingsTests
{
    [Theory]
    [InlineData("ContactSync:NearRealTime:ChannelLifetime", "8.00:00:00", "ChannelLifetime")]
    [InlineData("ContactSync:NearRealTime:RenewBefore", "2.00:00:00", "RenewBefore")]
    [InlineData("ContactSync:NearRealTime:GooglePollMinInterval", "00:05:00", "GooglePollMinInterval")]
    [InlineData("ContactSync:NearRealTime:PublicBaseUrl", "sync.example.com", "PublicBaseUrl")]
    [InlineData("ContactSync:NearRealTime:RefusalsPerMinute", "0", "RefusalsPerMinute")]
    public async Task Start_WithAnImpossibleSetting_FailsNamingIt(string key, string value, string named)
    {
        var folder = TestServer.NewDataDirectory();
        try
        {
            var ex = await Assert.ThrowsAsync<InvalidOperationException>(() => ContactSyncServerHost.StartAsync(
                new ContactSyncServerOptions
                {
                    DataDirectory = folder,
                    BootstrapAdminKey = TestServer.AdminKey,
                    Configuration = new Dictionary<string, string?> { [key] = value },
                },
                CancellationToken.None));

            Assert.Contains("ContactSync:NearRealTime:" + named, ex.Message, StringComparison.Ordinal);
        }
        finally
        {
            TestServer.TryDelete(folder);
        }
    }
}
