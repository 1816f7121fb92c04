using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using ContactSync.Server.Connections;
using ContactSync.Testing.Hosting;
using ContactSync.Testing.Logging;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Testing;
using Proto = ContactSync.Grpc.V1;

namespace ContactSync.Server.Tests.Hardening;

/// <summary>
/// The Data Protection key ring: protected by owner-only file permissions by default (said in one plain log line, with
/// no contradicting "unencrypted" warning), and encrypted with a certificate when one is configured.
/// </summary>
public sealed class KeyRingTests
{
    [Fact]
    public async Task WithoutCertificate_TheLogSaysWhatProtectsTheKeyRing_AndNoUnencryptedWarning()
    {
        var logs = new FakeLogCollector();
        await using var server = await TestServer.StartAsync(logs: logs);

        await server.Client().SetConnectionAsync(new Proto.SetConnectionRequest { Zoho = new Proto.ZohoConnection { DataCenter = "eu", ClientId = "c", ClientSecret = "s", RefreshToken = "r" } });

        Assert.DoesNotContain(logs.Lines(), e => e.Contains("unencrypted", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(logs.Lines(), e => e.Contains("key ring", StringComparison.Ordinal) && e.Contains("file permissions", StringComparison.Ordinal) && e.Contains("CertificatePath", StringComparison.Ordinal));
    }

    [Fact]
    public async Task WithCertificate_KeysAreEncrypted_AndReadableAfterARestart()
    {
        var folder = TestServer.NewDataDirectory();
        Directory.CreateDirectory(folder);
        var pfx = Path.Combine(Path.GetTempPath(), "cs-keyring-" + Guid.NewGuid().ToString("N") + ".pfx");
        try
        {
            using (var rsa = RSA.Create(2048))
            {
                var request = new CertificateRequest("CN=ContactSync key ring test", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
                using var certificate = request.CreateSelfSigned(TimeProvider.System.GetUtcNow().AddDays(-1), TimeProvider.System.GetUtcNow().AddYears(1));
                await File.WriteAllBytesAsync(pfx, certificate.Export(X509ContentType.Pfx, "pfx-password"));
            }

            var settings = new Dictionary<string, string?>
            {
                ["ContactSync:DataProtection:CertificatePath"] = pfx,
                ["ContactSync:DataProtection:CertificatePassword"] = "pfx-password",
            };
            string protectedText;
            await using (var first = await TestServer.StartAsync(folder, configuration: settings))
            {
                protectedText = first.Host.Services.GetRequiredService<ConnectionSecretProtector>().Protect(new[] { "the secret" });
            }

            var keyFile = Assert.Single(Directory.GetFiles(Path.Combine(folder, "keys"), "*.xml"));
            var xml = await File.ReadAllTextAsync(keyFile);
            Assert.Contains("encryptedSecret", xml, StringComparison.Ordinal);
            Assert.DoesNotContain("<value>", xml, StringComparison.Ordinal);

            await using var second = await TestServer.StartAsync(folder, configuration: settings);
            Assert.Equal(["the secret"], second.Host.Services.GetRequiredService<ConnectionSecretProtector>().Unprotect<string[]>(protectedText));
        }
        finally
        {
            File.Delete(pfx);
            TestServer.TryDelete(folder);
        }
    }
}
